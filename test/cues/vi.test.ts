/** Vietnamese cues: sentences modelled on Vietnamese press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('vi: sources', () => {
  it.each([
    ['Một nghiên cứu được thực hiện gần đây bởi Học viện Quân sự Mỹ cho thấy chính quyền Iraq đang gặp nhiều thách thức.', ['Học viện Quân sự Mỹ']],
    ['Theo Reuters, giá dầu tăng mạnh trong phiên giao dịch hôm qua.', ['Reuters']],
    ['(Theo Reuters)', ['Reuters']],
    ['Theo VTC14', ['VTC14']],
    ['Bộ Quốc phòng Nga cho biết các cuộc tập trận đã kết thúc.', ['Bộ Quốc phòng Nga']],
    ['Cơ quan Phòng thủ Tên lửa Mỹ (MDA) tuyên bố vụ thử thành công.', ['Cơ quan Phòng thủ Tên lửa Mỹ']],
    ['Tờ Yonhap dẫn lời một quan chức quân sự cho biết Triều Tiên đã phóng tên lửa.', ['Yonhap']],
    ['AP đưa tin, ngày 6/2, lực lượng cứu hộ đã tiếp cận hiện trường.', ['AP']],
    ['Đoạn video do hãng thông tấn SABA đăng tải cho thấy vụ nổ.', ['SABA']],
    ['Thông tấn xã Việt Nam (TTXVN) đưa tin về hội nghị.', ['Thông tấn xã Việt Nam']],
    ['Nguồn: Yonhap', ['Yonhap']],
    ['Theo thông tin từ Bộ Y tế, số ca mắc mới giảm.', ['Bộ Y tế']],
    ['"Người hâm mộ rất kỳ vọng", bài viết trên tờ Bangkok Post có đoạn.', ['Bangkok Post']],
    ['Hãng tin AFP dẫn nguồn tin giấu tên cho biết hai bên đã nối lại đàm phán.', ['AFP']],
    ['Theo Bộ Quốc phòng Anh, hai máy bay đã cất cánh từ căn cứ ở Síp.', ['Bộ Quốc phòng Anh']],
    ['Ngân hàng Nhà nước Việt Nam (NHNN) vừa công bố tỷ giá trung tâm mới.', ['Ngân hàng Nhà nước Việt Nam']],
    ['Kết quả được công bố trên tạp chí Science hôm 3/5.', ['Science']],
    ['Bộ Ngoại giao Trung Quốc bác bỏ thông tin trên.', ['Bộ Ngoại giao Trung Quốc']],
    ['Theo Saba, ít nhất năm người thiệt mạng trong vụ không kích.', ['Saba']],
    ['Ngân hàng Thế giới (WB) nhận định kinh tế Việt Nam đang phục hồi.', ['Ngân hàng Thế giới']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });
});

describe('vi: photo credits and origins', () => {
  it.each([
    ['Tàu sân bay USS Carl Vinson. Ảnh: US Navy', ['US Navy']],
    ['Lực lượng cứu hộ tại hiện trường. (Ảnh Báo giao thông)', ['Báo giao thông']],
    ['Thủ tướng phát biểu tại hội nghị. Ảnh: TTXVN', ['TTXVN']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi', 'caption').photos).toEqual(folded(expected));
  });

  // Captions flattened into the body run on into the next sentence: the credit ends where it does.
  it.each([
    ['Hải quân hai nước tập trận chung. Ảnh: Chosun Trước đó, tàu sân bay đã cập cảng.', ['Chosun']],
    ['Đội tuyển tập luyện trên sân. Ảnh: Minh Khôi Tiền đạo Nguyễn Văn A ghi bàn.', ['Minh Khôi']],
    ['Kiều bào đón đội tuyển ở sân bay. Ảnh: VFF Trận này, Việt Nam không có được lực lượng mạnh nhất do chấn thương.', ['VFF']],
    ['Holgado thi đấu ở Colombia. Ảnh: CD America Holgado trưởng thành từ bóng đá trẻ Argentina rồi sang châu Âu.', ['CD America']],
    // A short tail is the credit's own words, not another sentence.
    ['Xe tăng T-90 tại thao trường. Ảnh: Bộ Quốc phòng Nga', ['Bộ Quốc phòng Nga']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').photos).toEqual(folded(expected));
  });

  it('a URL after Nguồn: is the page the text is based on', () => {
    expect(credits('Nguồn: http://baodatviet.vn/the-gioi/chuyen-la-3338093/', 'vi').basedOn).toEqual(['http://baodatviet.vn/the-gioi/chuyen-la-3338093/']);
  });
});

describe('vi: must not credit', () => {
  it.each([
    ['Chính phủ cho biết sẽ tăng lương tối thiểu từ tháng 7.'],
    ['Ông Nguyễn Văn An cho biết dự án sẽ hoàn thành vào cuối năm.'],
    ['Bộ trưởng Quốc phòng Nga cho biết hai bên đã đạt được thỏa thuận.'],
    ['Chị Lan nói rằng gia đình đã chờ đợi rất lâu.'],
    ['Cảnh sát đang theo dõi tình hình tại khu vực.'],
    ['Theo đó, các cơ quan chức năng sẽ kiểm tra toàn bộ khu vực.'],
    ['Xem thêm: Theo Reuters, giá vàng tăng'],
    ['Minh Hạnh'],
    ['"Đội đã sẵn sàng", HLV cho biết.'],
    ['Theo anh Tuấn, đường rất đông vào giờ tan tầm.'],
  ])('%s', (text) => {
    expect(credits(text, 'vi').sources).toEqual([]);
  });

  it.each([['Ảnh minh họa'], ['Người dân chờ xe buýt. Ảnh minh họa.']])('no photo credit in %s', (text) => {
    expect(credits(text, 'vi', 'caption').photos).toEqual([]);
  });
});
