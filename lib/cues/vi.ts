/**
 * Vietnamese attribution cues.
 * Source: usage in Vietnamese news (VnExpress, Tuổi Trẻ, Dân trí, TTXVN/Vietnamplus, Baomoi, Người đưa tin),
 * checked against ../shared/reference/cues.md. Vietnamese capitalizes only the first syllable of each word
 * of a name ("Bộ Quốc phòng Nga"), so names are read as syllables. `theo` is also "follow" (`theo dõi`):
 * a lowercase word after it is no name, so it never credits. Edit: one word, one sentence in
 * test/cues/vi.test.ts.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'vi',
  name: 'Vietnamese',
  script: 'latin',
  nameStyle: 'syllables',
  // Vowels with a horn, a dot below or a hook above, and đ: no other Latin-script language writes them.
  ownLetters: 'đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ',
  stopwords: ['của', 'và', 'các', 'có', 'được', 'trong', 'là', 'cho', 'những', 'với', 'không', 'này', 'người', 'một', 'đã', 'để', 'từ', 'khi', 'theo', 'đến', 'về', 'tại', 'cũng', 'nhưng', 'ông', 'năm', 'ngày', 'sẽ', 'vào', 'như', 'nước', 'đó', 'bị', 'nhiều', 'sau', 'trên', 'ra', 'hơn', 'thì', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm'],
  cues: [
    { id: 'according', form: 'before', words: ['theo thông tin từ', 'theo thông tin của', 'theo báo cáo của', 'theo số liệu của', 'theo số liệu từ', 'theo dữ liệu của', 'theo thông báo của', 'theo thông cáo của', 'theo tin từ', 'theo nguồn tin từ', 'theo', 'tổng hợp từ', 'theo thông cáo báo chí của', 'căn cứ số liệu của'], note: 'Theo Reuters, …; (Theo VTC14) as an end credit' },
    { id: 'citing', form: 'before', words: ['dẫn nguồn tin từ', 'dẫn nguồn tin của', 'dẫn thông tin của', 'dẫn nguồn', 'trích dẫn', 'dẫn thông tin từ', 'dẫn tin từ', 'dẫn tin', 'dẫn'], note: 'dẫn tờ El Tiempo: citing the newspaper El Tiempo' },
    { id: 'told', form: 'before', words: ['trả lời phỏng vấn', 'nói với', 'cho biết với', 'trao đổi với', 'chia sẻ với', 'phát biểu với'] },
    // "Trả lời báo Tuổi Trẻ, ông X cho biết": the outlet the speaker answered. A body or a person answered
    // ("Trả lời cử tri", "Trả lời Sở Xây dựng") is an audience, so only an outlet counts.
    { id: 'answered', form: 'before', outletsOnly: true, words: ['trả lời câu hỏi của', 'trả lời'], note: 'Trả lời VnExpress, …; Trả lời báo Lao Động, …' },
    { id: 'published-by', form: 'before', words: ['do hãng thông tấn', 'được đăng tải trên', 'đăng tải trên', 'đăng trên', 'bài viết trên', 'bài báo trên', 'viết trên', 'công bố trên', 'công bố bởi', 'thực hiện bởi', 'thực hiện gần đây bởi', 'tiến hành bởi', 'phát hành bởi', 'công bố gần đây bởi', 'do'], note: 'video do hãng thông tấn SABA đăng tải' },
    { id: 'said', form: 'after', words: ['cho biết', 'cho hay', 'nói', 'khẳng định', 'nhấn mạnh', 'thông báo', 'chia sẻ', 'tuyên bố', 'đưa tin', 'đăng tải', 'loan tin', 'dẫn lời', 'trích dẫn lời', 'trích dẫn', 'dẫn nguồn tin', 'tiết lộ', 'xác nhận', 'công bố', 'báo cáo', 'thông tin', 'viết', 'ước tính', 'dự báo', 'cảnh báo', 'nhận định', 'bác bỏ', 'phủ nhận', 'thừa nhận', 'bày tỏ', 'nêu rõ', 'lưu ý', 'phát đi thông báo', 'ra thông cáo', 'trích lời', 'khuyến cáo', 'có thông báo', 'ra thông báo', 'phát thông báo', 'có văn bản', 'có công văn', 'ra văn bản'] },
    // "Số liệu của Tổng cục Hải quan cho thấy": shows, said only of what a document shows.
    { id: 'shows', form: 'after', documentOnly: true, words: ['cho thấy', 'chỉ ra'] },
    { id: 'source-line', form: 'label', strong: true, words: ['nguồn tin', 'nguồn', 'link bài gốc', 'bài gốc', 'link gốc'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['nguồn ảnh', 'ảnh chụp màn hình', 'ảnh', 'ảnh chụp', 'ảnh minh họa', 'ảnh minh hoạ'] },
  ],
  auxiliaries: ['hôm nay', 'hôm qua', 'cũng', 'đã', 'đều', 'vừa', 'mới đây', 'trước đó', 'sau đó', 'ngày', 'hôm', 'chính thức', 'cũng đã', 'vừa qua', 'đồng thời'],
  fillers: ['của', 'thông tin', 'thông tin từ', 'thông tin ban đầu', 'ban đầu', 'báo cáo', 'báo cáo nhanh', 'số liệu', 'dữ liệu', 'thống kê', 'khảo sát', 'đánh giá', 'kết quả', 'nghiên cứu', 'dự báo', 'thông báo', 'thông cáo', 'nguồn tin', 'phía', 'từ', 'mới nhất', 'mới đây'],
  // "PV" is the press's short form of phóng viên ("Trao đổi với PV Dân trí").
  // Stepped over before a body's name read back from its verb ("Báo cáo của Ngân hàng Thế giới cho biết").
  documentHeads: ['số liệu của', 'số liệu từ', 'số liệu', 'dữ liệu của', 'dữ liệu từ', 'dữ liệu', 'báo cáo của', 'báo cáo từ', 'báo cáo mới của', 'báo cáo mới nhất của', 'báo cáo', 'thống kê của', 'thống kê từ', 'khảo sát của', 'khảo sát mới của', 'kết quả khảo sát của', 'nghiên cứu của', 'nghiên cứu mới của', 'kết quả nghiên cứu của', 'thông cáo của', 'thông cáo báo chí của', 'thông báo của', 'ước tính của', 'dự báo của', 'phân tích của', 'đánh giá của'],
  outletWords: ['tờ', 'tờ báo', 'báo', 'báo điện tử', 'báo mạng', 'tạp chí điện tử', 'trang tin điện tử', 'trang thông tin điện tử', 'trang tin tức', 'tuần báo', 'đài phát thanh', 'PV', 'nhật báo', 'hãng tin', 'hãng thông tấn', 'hãng tin nhà nước', 'hãng thông tấn nhà nước', 'truyền thông nhà nước', 'đài truyền hình nhà nước', 'hãng', 'thông tấn xã', 'trang tin', 'trang mạng', 'trang web', 'trang', 'kênh', 'kênh truyền hình', 'đài', 'đài truyền hình', 'tạp chí', 'mạng xã hội', 'phóng viên', 'fanpage', 'fanpage của', 'fanpage chính thức', 'fanpage chính thức của', 'trang fanpage', 'tài khoản', 'tài khoản của', 'tài khoản chính thức', 'tài khoản chính thức của'],
  orgWords: ['Bộ', 'Sở', 'Cơ quan', 'Công ty', 'Tập đoàn', 'Ngân hàng', 'Viện', 'Ủy ban', 'Uỷ ban', 'Tổng cục', 'Cục', 'Hội', 'Hiệp hội', 'Quỹ', 'Tổ chức', 'Liên đoàn', 'Liên minh', 'Trung tâm', 'Văn phòng', 'Phủ', 'Chính phủ', 'Quân đội', 'Lực lượng', 'Cảnh sát', 'Công an', 'Bệnh viện', 'Trường', 'Đại học', 'Tòa án', 'Toà án', 'Viện kiểm sát', 'Quốc hội', 'Thông tấn xã', 'Đài', 'Liên hợp quốc', 'Nhà Trắng', 'Lầu Năm Góc', 'Điện Kremlin', 'Đại sứ quán', 'Sở Giao dịch', 'Tổng công ty', 'Hải quân', 'Không quân', 'Lục quân', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Ban', 'Đảng', 'Nhóm', 'UBND', 'HĐND', 'TAND', 'VKSND', 'Chi cục', 'Kho bạc', 'Thanh tra', 'Hải quan', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Ban Quản lý', 'Cảng vụ', 'Tổng Công ty', 'phiến quân', 'chính phủ', 'lực lượng'],
  roleWords: ['người phát ngôn', 'phát ngôn viên', 'đại diện', 'phóng viên', 'quan chức', 'lãnh đạo', 'giới chức'],
  affiliationWords: ['Đại học', 'Trường', 'Học viện', 'Viện', 'Bệnh viện', 'Phòng khám', 'Trung tâm', 'Quỹ', 'Hiệp hội', 'Công ty', 'Tập đoàn', 'Ngân hàng'],
  // A firm's own heads: the holder speaks for the company named right after (lib/detect/verbs.ts headedFirm).
  firmHeads: ['CEO', 'giám đốc điều hành', 'tổng giám đốc', 'chủ tịch hội đồng quản trị', 'chủ tịch HĐQT', 'nhà sáng lập', 'người sáng lập', 'đồng sáng lập'],
  positionWords: ['giám đốc', 'tổng giám đốc', 'giám đốc điều hành', 'CEO', 'chủ tịch hội đồng quản trị', 'chủ tịch HĐQT', 'nhà sáng lập', 'người sáng lập', 'đồng sáng lập', 'chủ tịch', 'trưởng', 'người đứng đầu', 'phó giám đốc', 'tổng thư ký'],
  genericOrgs: ['chính phủ', 'công an', 'cảnh sát', 'công ty', 'bộ', 'cơ quan', 'chính quyền', 'quân đội', 'tòa án', 'nhà chức trách', 'giới chức', 'cơ quan chức năng', 'lực lượng chức năng', 'ngành chức năng', 'cơ quan điều tra', 'cơ quan công an', 'chính quyền địa phương', 'lực lượng cứu hộ'],
  articles: [],
  formerWords: ['cựu', 'nguyên', 'cố'],
  personTitles: ['ông', 'bà', 'chị', 'cô', 'Tổng thống', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Cục trưởng', 'Tổng cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Chánh Văn phòng', 'Chánh án', 'Chánh Thanh tra', 'Tổng Bí thư', 'Bí thư', 'Chủ tịch', 'Giám đốc', 'Phó', 'Ngoại trưởng', 'Tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Giáo sư', 'Tiến sĩ', 'bác sĩ', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Vua', 'Hoàng tử', 'Nữ hoàng', 'Giáo hoàng', 'Thị trưởng', 'Thống đốc', 'chuyên gia', 'nhà phân tích', 'nhà báo', 'HLV', 'huấn luyện viên', 'đội trưởng', 'tiền vệ', 'tiền đạo', 'hậu vệ', 'trung vệ', 'thủ môn', 'cầu thủ'],
  // Family names no Vietnamese place or body name starts with ("Hà", "Lâm", "Mai", "Dương" do: Hà Nội, Lâm Đồng).
  familyNames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Lý', 'Đinh', 'Đoàn', 'Trịnh', 'Trương', 'Lương', 'Lưu', 'Tạ', 'Tô', 'Vương', 'Quách', 'Kiều', 'Châu', 'Triệu', 'Phùng', 'Đào', 'Tống', 'Thân'],
  // "Tài khoản của Bộ Ngoại giao Nga trên mạng xã hội X cho biết": the platform is where the ministry spoke.
  venueLinks: ['trên'],
  // The fields a body's name lists with commas ("Bộ Văn hóa, Thể thao và Du lịch"): detect/field-comma.ts.
  fieldWords: ['Văn hóa', 'Văn hoá', 'Thể thao', 'Du lịch', 'Lao động', 'Thương binh', 'Xã hội', 'Thông tin', 'Truyền thông', 'Giáo dục', 'Đào tạo', 'Thanh niên', 'Thiếu niên', 'Nhi đồng', 'Khoa học', 'Công nghệ', 'Môi trường', 'Tài nguyên', 'Kinh tế', 'Ngân sách', 'Tài chính', 'Pháp luật', 'Tư pháp', 'Quốc phòng', 'An ninh', 'Đối ngoại', 'Dân tộc', 'Tôn giáo', 'Gia đình', 'Y tế', 'Dân số', 'Xây dựng', 'Quy hoạch', 'Kiến trúc', 'Nông nghiệp', 'Lâm nghiệp', 'Thủy sản', 'Thuỷ sản', 'Phát triển nông thôn', 'Giao thông', 'Vận tải', 'Công thương', 'Nội vụ', 'Việc làm', 'Dạy nghề', 'Phát thanh', 'Truyền hình', 'Thể dục', 'Du lịch'],
  nameLinks: ['và', 'của', 'nước', 'tỉnh', 'thành phố', 'quận', 'huyện', 'phường', 'xã', 'thị xã', 'thị trấn'],
  calendar: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật', 'Chủ Nhật', 'Tháng'],
  listJoiners: ['và', 'cùng', '&'],
  excludedLabels: ['xem thêm', 'đọc thêm', 'tin liên quan', 'bài liên quan', 'biên tập', 'tác giả', 'thực hiện', 'trình bày'],
  notCredits: ['minh họa', 'minh hoạ', 'internet', 'sưu tầm', 'tư liệu', 'nguồn internet'],
  // The text comes from elsewhere: "Link bài gốc", "Xem bài gốc" linked to the original.
  originPhrases: ['link bài gốc', 'bài gốc', 'xem bài gốc', 'đọc bài gốc', 'link gốc', 'nguồn bài viết', 'xem nguyên bài', 'bài viết gốc'],
} satisfies CueFileInput;
