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
    // Bodies whose names carry small letters, function-word-like syllables and abbreviations.
    ['Chiều 12/8, Công an tỉnh Quảng Nam thông tin, vụ việc đang được các cơ quan chức năng điều tra làm rõ.', ['Công an tỉnh Quảng Nam']],
    ['UBND quận Cầu Giấy cho biết sẽ xử lý nghiêm các trường hợp lấn chiếm vỉa hè trên địa bàn.', ['UBND quận Cầu Giấy']],
    ['Cục Quản lý thị trường tỉnh Lạng Sơn cho hay đã thu giữ hơn 3.000 sản phẩm giả mạo nhãn hiệu.', ['Cục Quản lý thị trường tỉnh Lạng Sơn']],
    ['Dẫn nguồn tin từ Bộ Quốc phòng Pháp, tờ báo cho biết hai tàu chiến đã rời cảng.', ['Bộ Quốc phòng Pháp']],
    ['Theo thông tin ban đầu từ Công an phường Hòa Khánh, vụ cháy xảy ra lúc rạng sáng.', ['Công an phường Hòa Khánh']],
    ['Theo báo cáo nhanh của UBND huyện Bát Xát, mưa lũ làm hư hỏng 15 ngôi nhà.', ['UBND huyện Bát Xát']],
    ['Theo thống kê của Bộ Công Thương, xuất khẩu gạo tăng 12% so với cùng kỳ.', ['Bộ Công Thương']],
    ['Bộ Nông nghiệp và Môi trường cho biết sẽ rà soát các dự án chậm tiến độ.', ['Bộ Nông nghiệp và Môi trường']],
    // The day of the statement between the subject and its verb.
    ['Bộ Giáo dục và Đào tạo ngày 14/6 thông báo lịch thi tốt nghiệp không thay đổi.', ['Bộ Giáo dục và Đào tạo']],
    ['Hãng tin Bloomberg hôm 21/9 đưa tin hai tập đoàn đang đàm phán sáp nhập.', ['Bloomberg']],
    ['Lầu Năm Góc tối 8/1 (giờ Mỹ) xác nhận hai binh sĩ bị thương nhẹ.', ['Lầu Năm Góc']],
    ['Ngân hàng Nhà nước Việt Nam chiều 30/12/2024 công bố tỷ giá trung tâm mới.', ['Ngân hàng Nhà nước Việt Nam']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // Spokespeople, representatives, officials and heads speaking for a body, with or without the holder's name.
  it.each([
    ['Trả lời báo chí, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam kiên quyết phản đối hành động này.', ['Bộ Ngoại giao']],
    ['Đại diện UBND phường Tân Định cho biết sẽ kiểm tra và xử lý các hộ kinh doanh vi phạm.', ['UBND phường Tân Định']],
    ['Lãnh đạo Sở Y tế Đà Nẵng cho biết đã chỉ đạo các bệnh viện chuẩn bị thuốc men và giường bệnh.', ['Sở Y tế Đà Nẵng']],
    ['Giám đốc Sở Giao thông vận tải Cần Thơ Trần Văn Hòa cho biết tuyến đường sẽ thông xe trong tháng này.', ['Sở Giao thông vận tải Cần Thơ']],
    // The holder's name right after small syllables closes the body's name on them (not "Sở Giao").
    ['Giám đốc Sở Giao thông vận tải Nguyễn Văn Tài cho biết tuyến cao tốc sẽ thông xe vào tháng 9.', ['Sở Giao thông vận tải']],
    ['Lãnh đạo Cục Quản lý thị trường Phạm Văn Lộc cho biết đã tạm giữ lô hàng không rõ nguồn gốc.', ['Cục Quản lý thị trường']],
    // The short form in brackets inside a body's name, its province or city after it.
    ['Ủy ban nhân dân (UBND) tỉnh Hà Tĩnh cho biết đã sơ tán hơn 300 hộ dân khỏi vùng sạt lở.', ['Ủy ban nhân dân tỉnh Hà Tĩnh']],
    ['Theo Sở Giáo dục và Đào tạo (GD&ĐT) Đà Nẵng, kỳ thi diễn ra an toàn.', ['Sở Giáo dục và Đào tạo Đà Nẵng']],
    ['Theo Ủy ban nhân dân (UBND) và Sở Tài chính, kinh phí đã được cấp đủ.', ['Ủy ban nhân dân', 'Sở Tài chính']],
    // A firm's head speaks for the company the registry knows, named right after the title.
    ['Tổng giám đốc Vietjet Lê Minh Tâm cho biết hãng sẽ mở thêm ba đường bay quốc tế.', ['Vietjet']],
    ['Quan chức Bộ Quốc phòng Hàn Quốc cho biết cuộc tập trận sẽ kéo dài ba ngày trên biển.', ['Bộ Quốc phòng Hàn Quốc']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // An outlet as the one answered or told, and outlets named by a descriptor word (short site names too).
  it.each([
    ['Trả lời báo Người Lao Động, ông Quang cho biết cây cầu sẽ được sửa trong quý tới.', ['Người Lao Động']],
    ['Trả lời VietNamNet, đại diện chủ đầu tư cho biết dự án chưa được cấp phép.', ['VietNamNet']],
    ['Trả lời Dân trí chiều 3/9, bà Hạnh nói nhà trường sẽ hoàn lại học phí.', ['Dân trí']],
    ['Trao đổi với PV Tiền Phong, ông Sơn cho biết sẽ kiến nghị lên cấp trên.', ['Tiền Phong']],
    ['Báo Dân trí đưa tin lực lượng chức năng đã phong tỏa hiện trường.', ['Dân trí']],
    ['Báo điện tử VietNamNet dẫn lời một chuyên gia cho biết lãi suất sẽ giảm.', ['VietNamNet']],
    ['Theo báo điện tử Tổ Quốc, hai xe khách va chạm trên quốc lộ 1A.', ['Tổ Quốc']],
    ['Trang Vcamp.vn cho hay bộ phim sẽ ra rạp vào dịp Tết.', ['Vcamp.vn']],
    // After an outlet word a paper's name may end in small syllables.
    ['Trao đổi với báo Nông thôn ngày nay, ông Tài cho biết giá lúa đang tăng.', ['Nông thôn ngày nay']],
    ['Theo báo Sức khỏe & Đời sống, bệnh viện đã tiếp nhận 12 ca ngộ độc.', ['Sức khỏe & Đời sống']],
    ['Trang tin tức Bloomberg cho biết giá vàng giảm.', ['Bloomberg']],
    // A place in brackets after the outlet's name says where it is from; the outlet speaks.
    ['Tờ Korea JoongAng Daily (Hàn Quốc) đưa tin hai công ty sẽ sáp nhập vào đầu năm sau.', ['Korea JoongAng Daily']],
    ['Hãng tin Bernama (Malaysia) cho biết chuyến bay đã hạ cánh an toàn xuống sân bay.', ['Bernama']],
    ['Tờ Yomiuri Shimbun (Nhật) dẫn nguồn tin chính phủ cho biết ngân sách quốc phòng sẽ tăng.', ['Yomiuri Shimbun']],
    ['Kênh Sky News (Anh) đưa tin lực lượng cứu hỏa đã có mặt tại hiện trường.', ['Sky News']],
    ['Theo hãng tin Nga TASS, một vụ nổ đã xảy ra gần sân bay quốc tế vào rạng sáng.', ['TASS']],
    // A state's press agency named by its kind before the name.
    ['Hãng thông tấn nhà nước KCNA của Triều Tiên cho biết nhà lãnh đạo đã thị sát một nhà máy sản xuất đạn pháo.', ['KCNA']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });
});

// End credits as Vietnamese sites print them: a site's name glued into one word, a translator signing before the
// outlets the text comes from, an outlet's acronym after a person's name (where they work, not who they are).
describe('vi: end credits', () => {
  it.each([
    // (as printed; test/outlets/registry.test.ts checks whom the glued names stand for)
    ['Theo Laodong', ['Laodong']],
    ['(Theo Thanhnien)', ['Thanhnien']],
    ['Theo Ngoisao | 03/04/2019 08:15', ['Ngoisao']],
    ['Theo Thu Trang (VnExpress/AFP)', ['VnExpress', 'AFP']],
    ['Theo Quốc Hưng (Dân trí, Reuters)', ['Dân trí', 'Reuters']],
    ['Theo Hải Yến (AFP)', ['AFP']],
    // A one-word end credit the registry doesn't know: glued syllables or a foreign spelling name a site.
    ['Theo Allkpop', ['Allkpop']],
    ['(Theo Koreaboo)', ['Koreaboo']],
    ['Theo Saostar | 21/06/2021 14:30', ['Saostar']],
    // Several sites or wires after the cue, slashed or listed, alone or in a signer's brackets.
    ['Theo Soha/Kenh14', ['Soha', 'Kenh14']],
    ['Thanh Tâm (Theo Reuters/AP)', ['Reuters', 'AP']],
    ['Ngọc Diệp (theo Mirror)', ['Mirror']],
    ['Quang Huy (tổng hợp từ AFP, Sputnik)', ['AFP', 'Sputnik']],
  ])('%s', (text, expected) => {
    const found = credits(text, 'vi');
    expect(found.sources).toEqual(folded(expected));
    expect(found.photos).toEqual([]);
  });

  it.each([
    // A signer with a title is a sentence's person; a caption printed as a paragraph keeps its picture's credit.
    ['Theo ông Bình (AFP)', [], []],
    ['Người dân xếp hàng mua vé tại ga Hà Nội (Reuters/AFP)', [], ['Reuters/AFP']],
    // One syllable is a person's given name; a name with a title, or in a sentence, is read as one.
    ['Theo Hùng', [], []],
    ['Theo bà Lan', [], []],
    ['Theo Putin, Nga sẽ đáp trả các lệnh trừng phạt mới.', [], []],
    // A slashed list holding a person's name is no list of sites.
    ['Theo Minh Anh/Hà Nội', [], []],
    // "Ngôi sao" is also a star: the brand matches only as printed.
    ['Ngôi sao bóng đá Văn Toàn cho biết anh sẽ trở lại sau chấn thương.', [], []],
  ])('%s', (text, sources, photos) => {
    const found = credits(text, 'vi');
    expect(found.sources).toEqual(folded(sources));
    expect(found.photos).toEqual(folded(photos));
  });
});

// Statements issued as a document ("có thông báo", "có văn bản"), and several bodies as one verb's subject.
describe('vi: notices and listed bodies', () => {
  it.each([
    ['Chiều 14/5, Sở Y tế Quảng Ninh có thông báo khẩn tìm hành khách trên chuyến xe.', ['Sở Y tế Quảng Ninh']],
    ['UBND tỉnh Bình Định có văn bản gửi các sở, ngành về việc phòng chống bão.', ['UBND tỉnh Bình Định']],
    ['Sở Y tế và Sở Giáo dục và Đào tạo Cần Thơ đều cho biết sẽ kiểm tra các bếp ăn tập thể.', ['Sở Y tế', 'Sở Giáo dục và Đào tạo Cần Thơ']],
    ['Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) và Tổng công ty Viễn thông Mobifone cho biết mạng đã ổn định.', ['Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tổng công ty Viễn thông Mobifone']],
    // A joiner inside one body's name leaves a rest that is no body: one name.
    ['Bộ Khoa học và Công nghệ cho biết sẽ hỗ trợ các doanh nghiệp khởi nghiệp.', ['Bộ Khoa học và Công nghệ']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // A proposal or a petition to the authorities is an act, not a statement; "có" before a number is "has".
  it.each([['Bộ Tài chính kiến nghị Chính phủ xem xét giảm thuế.'], ['Hà Nội có thêm 20 ca mắc mới trong ngày.']])('%s', (text) => {
    expect(credits(text, 'vi').sources).toEqual([]);
  });
});

// A body's figures, report or survey as the subject: the body that issued it is credited.
describe('vi: what a body issues, as the subject', () => {
  it.each([
    ['Số liệu của Tổng cục Hải quan cho thấy kim ngạch xuất khẩu tháng 5 tăng 9%.', ['Tổng cục Hải quan']],
    ['Báo cáo của Quỹ Tiền tệ Quốc tế cho biết lạm phát toàn cầu sẽ hạ nhiệt.', ['Quỹ Tiền tệ Quốc tế']],
    ['Dữ liệu từ Cục Đăng kiểm Việt Nam cho thấy số xe điện đăng ký mới tăng gấp ba.', ['Cục Đăng kiểm Việt Nam']],
    ['Trong khi đó, khảo sát của Hiệp hội Bất động sản Việt Nam chỉ ra nguồn cung nhà ở xã hội còn thiếu.', ['Hiệp hội Bất động sản Việt Nam']],
    ['Thống kê của Bộ Nông nghiệp và Môi trường cho biết diện tích lúa bị ngập đã lên tới 5.000 ha.', ['Bộ Nông nghiệp và Môi trường']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // A body's page or account speaks for it; the platform it posted on is where, not who.
  it.each([
    ['Fanpage của Công an tỉnh Hà Tĩnh cho hay đã khởi tố vụ án và bắt tạm giam hai đối tượng.', ['Công an tỉnh Hà Tĩnh']],
    ['Chiều 4/7, fanpage Sở Y tế Cần Thơ thông tin bệnh viện đã tiếp nhận 20 bệnh nhân.', ['Sở Y tế Cần Thơ']],
    ['Tài khoản chính thức của Bộ Ngoại giao Pháp trên mạng xã hội X cho biết đại sứ quán sẽ đóng cửa.', ['Bộ Ngoại giao Pháp']],
    ['Tài khoản của Lầu Năm Góc trên Telegram đăng tải đoạn video về cuộc tập trận chung.', ['Lầu Năm Góc']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // A body whose name closes on many small syllables, read back from its verb.
  it.each([
    ['Sáng 2/9, Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết áp thấp nhiệt đới đã mạnh lên thành bão.', ['Trung tâm Dự báo khí tượng thủy văn quốc gia']],
    ['Trong mùa dịch, Viện Vệ sinh dịch tễ trung ương khuyến cáo người dân tiêm vắc xin đầy đủ.', ['Viện Vệ sinh dịch tễ trung ương']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  // "cho thấy" (shows) credits only what a document shows: a country, a team or a person showing something is no one's statement.
  it.each([
    ['Việt Nam cho thấy sự tiến bộ rõ rệt trong hiệp hai.'],
    ['Câu lạc bộ Hà Nội cho thấy bản lĩnh khi lội ngược dòng.'],
    ['Số liệu của ông Tuấn cho thấy lượng khách giảm.'],
  ])('%s', (text) => {
    expect(credits(text, 'vi').sources).toEqual([]);
  });
});

describe('vi: the original article\'s address', () => {
  it.each([['Link bài gốc: https://vnexpress.net/hoi-dong-ban-ngan-sach-4745123.html'], ['Bài gốc https://vnexpress.net/hoi-dong-ban-ngan-sach-4745123.html']])('%s', (text) => {
    expect(credits(text, 'vi').basedOn).toEqual(['https://vnexpress.net/hoi-dong-ban-ngan-sach-4745123.html']);
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
    // A representative of an unnamed group, a spokesperson named only as a person.
    ['Anh Trần Văn Đức, đại diện nhóm thiện nguyện, cho biết đã có hơn 100 người tham gia quyên góp.'],
    ['Người phát ngôn Lê Thị Thu Hằng cho biết Việt Nam sẽ tiếp tục theo dõi tình hình trên biển.'],
    ['Lãnh đạo xã cho biết sẽ kiểm tra và xử lý các trường hợp vi phạm trong thời gian tới.'],
    // The competent authorities, named by their kind alone ("quan chức" inside "Cơ quan chức năng" is no official).
    ['Cơ quan chức năng cho biết đang xác minh thông tin và sẽ xử lý nghiêm các sai phạm.'],
    ['Lực lượng chức năng cho biết đã khống chế được đám cháy sau hơn 2 giờ.'],
    // A date before the verb is stepped over, not what comes before it: a person or a count still credits no one.
    ['Ông Lê Văn Tâm ngày 2/4 cho biết gia đình đã nhận được tiền hỗ trợ.'],
    ['Hơn 1.200 hộ dân ngày 5/8 cho biết chưa được cấp nước sạch.'],
    // Who was answered is a source only when it is an outlet: a body or a person answered is an audience.
    ['Trả lời cử tri, Bộ trưởng cho biết sẽ sửa đổi quy định trong năm nay.'],
    ['Trả lời Sở Xây dựng, chủ đầu tư cam kết hoàn thành hồ sơ trong tuần.'],
    ['Trả lời ông Hải, lãnh đạo xã hứa sẽ xem xét lại.'],
    // The head of a department, an institute, a court, a school: a person's title, no body's short name.
    ['Theo Cục trưởng Cục Đường bộ, tuyến đường sẽ hoàn thành trong năm nay.'],
    ['Theo Viện trưởng Viện Nghiên cứu Kinh tế, lạm phát sẽ được kiểm soát.'],
    ['Theo Tổng cục trưởng Tổng cục Hải quan, kim ngạch xuất khẩu tăng mạnh.'],
    ['Theo Chánh Văn phòng Bộ Tư pháp, dự thảo sẽ được trình trong quý tới.'],
    // A firm's head with no firm named is a person.
    ['Tổng giám đốc Nguyễn Văn An cho biết công ty sẽ mở rộng sản xuất trong năm tới.'],
    ['Ở phía Nam, mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu.'],
  ])('%s', (text) => {
    expect(credits(text, 'vi').sources).toEqual([]);
  });

  it.each([['Ảnh minh họa'], ['Người dân chờ xe buýt. Ảnh minh họa.'], ['Ảnh minh hoạ: Internet']])('no photo credit in %s', (text) => {
    expect(credits(text, 'vi', 'caption').photos).toEqual([]);
  });

  // An illustrative picture still names who took it: "Ảnh minh họa: X" credits X.
  it.each([
    ['Hành khách chờ lên máy bay tại sân bay Nội Bài. Ảnh minh họa: Reuters', ['Reuters']],
    ['Ảnh minh hoạ: Ngọc Hà', ['Ngọc Hà']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi', 'caption').photos).toEqual(folded(expected));
  });
});

// Bodies whose names list their fields with commas, read back from the verb or on from "Theo"; a place after a
// comma before the verb; a list the comma opened that runs on into the sentence; "trích dẫn"; glossed labels.
describe('vi: commas inside and after names', () => {
  it.each([
    ['Bộ Lao động, Thương binh và Xã hội cho biết sẽ điều chỉnh mức trợ cấp từ tháng 7.', ['Bộ Lao động, Thương binh và Xã hội']],
    ['Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa thông báo tạm dừng lễ hội pháo hoa.', ['Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa']],
    ['Theo Bộ Văn hóa, Thể thao và Du lịch, lượng khách quốc tế tháng 5 tăng 18%.', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Theo Sở Lao động, Thương binh và Xã hội Cần Thơ, hơn 2.000 lao động đã được hỗ trợ.', ['Sở Lao động, Thương binh và Xã hội Cần Thơ']],
    // A link after small syllables goes on to the name's next capital, on from a cue too.
    ['Theo Bộ Tài nguyên và Môi trường, mực nước các hồ chứa đang giảm nhanh.', ['Bộ Tài nguyên và Môi trường']],
    ['Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang, diện tích lúa bị ngập là 300 ha.', ['Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang']],
    // The city or province after a comma says where the local body is.
    ['Công an huyện Gia Lâm, Hà Nội cho biết đã bắt giữ hai nghi phạm trộm xe máy.', ['Công an huyện Gia Lâm']],
    ['Chiều 3/5, Cơ quan Cảnh sát điều tra Công an quận Hải Châu, Đà Nẵng cho biết đã khởi tố vụ án.', ['Cơ quan Cảnh sát điều tra Công an quận Hải Châu']],
    // "trích dẫn (lời)": citing, as "dẫn lời" is.
    ['Hãng tin Bloomberg trích dẫn lời một nguồn tin cho biết hai bên sắp ký thỏa thuận.', ['Bloomberg']],
    // "bày tỏ (quan ngại)": a body's stated position.
    ['Bộ Ngoại giao Nhật Bản bày tỏ quan ngại về vụ phóng tên lửa.', ['Bộ Ngoại giao Nhật Bản']],
    // A label glossed in another language in brackets.
    ['Nguồn (Source): Daily Telegraph', ['Daily Telegraph']],
    ['Source (Nguồn): Healthline', ['Healthline']],
    // End credits naming sites the registry knows.
    ['Theo Trí Thức Trẻ', ['Trí Thức Trẻ']],
    ['(Theo Helino)', ['Helino']],
    // A site's address as the end credit, the registry's or not.
    ['Theo Tinnhanhonline.vn', ['Tinnhanhonline.vn']],
    ['(Theo Baomoitruong.com.vn)', ['Baomoitruong.com.vn']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });

  it.each([
    // A place after a comma with no body before it, or a person before it.
    ['Ông Trần Văn Bình, Đà Nẵng cho biết gia đình đã nhận được tiền hỗ trợ.', []],
    ['Trong khi đó, Hà Nội cho biết sẽ mở cửa lại trường học vào tuần tới.', []],
    // After "Theo X,", places joined by "và" are the sentence's subject, not more sources.
    ['Theo Cục Thống kê, Cần Thơ và Hậu Giang dẫn đầu về tăng trưởng trong quý.', ['Cục Thống kê']],
    ['Theo Sở Y tế, Đà Nẵng và Quảng Nam ghi nhận thêm ca mắc sốt xuất huyết.', ['Sở Y tế']],
    // A comma between two bodies' names is a list, not one name; a field word after a comma is no name's part
    // unless the fields close on "và".
    ['Theo Bộ Y tế, Giáo dục là lĩnh vực cần ưu tiên đầu tư.', ['Bộ Y tế']],
    // Young intellectuals, in small letters, are no site; nor is an editor's tag.
    ['Các trí thức trẻ cho biết họ sẵn sàng về quê làm việc.', []],
    ['BTV', []],
    ['Ông Hùng trích dẫn số liệu của năm ngoái để phản bác.', []],
    ['Nhiều cổ động viên bày tỏ sự thất vọng sau trận thua.', []],
  ])('%s', (text, expected) => {
    expect(credits(text, 'vi').sources).toEqual(folded(expected));
  });
});
