/**
 * Vietnam: newspapers, broadcasters, news sites and the aggregators that copy them. Facts: each outlet's
 * own site. Edit: as in wires.ts.
 *
 * Aliases: the names with and without diacritics (names folded for lookup lose their marks but keep đ, so
 * the plain "d" spelling is listed where đ occurs), and the tags papers print as datelines or bylines:
 * "(Dân trí)", "(PLO)", "NLĐO", "HNMO", "BVPL", "TTO", "NDĐT". Names that are ordinary phrases on their own
 * ("Giao thông", "Đầu tư", "Nhà đầu tư", "Tổ Quốc", "Công Thương", "Phụ nữ Việt Nam") or the name of a body
 * ("Công an TP.HCM" is the city police) stay in their printed "Báo …" form. "Quân đội Nhân dân" and "Công an
 * Nhân dân" are also the names of the army and the police force; the press credits the papers by them all the same.
 * Provinces: on 1 July 2025 Vietnam's 63 provinces and cities became 34, and each new province's party paper
 * went on under the name of the province that kept its name, the papers of the merged ones closing (Báo Long An
 * printed its last issue on 30 June 2025). A closed paper's name and domain stay as aliases of its successor
 * (Báo Thái Bình → Báo Hưng Yên, Báo Hải Dương → Báo Hải Phòng, Báo Bình Dương and Báo Bà Rịa - Vũng Tàu →
 * Sài Gòn Giải Phóng), since the press still prints them for older stories.
 * Left to other files: TTXVN/VNA and VietnamPlus (wires.ts); VnEconomy (business.ts).
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'nguoiduatin', name: 'Người Đưa Tin', aliases: ['Nguoi Dua Tin', 'Báo Người Đưa Tin', 'Bao Nguoi Dua Tin', 'Nguoiduatin.vn'], domains: ['nguoiduatin.vn'], kind: 'online', country: 'VN', languages: ['vi'] },

  // National dailies and news sites
  { id: 'vnexpress', name: 'VnExpress', aliases: ['VnExpress.net', 'Báo VnExpress', 'Báo điện tử VnExpress', 'VnExpress International', 'VNExpress'], domains: ['vnexpress.net'], kind: 'online', country: 'VN', languages: ['vi', 'en'], search: 'https://timkiem.vnexpress.net/?q={q}' },
  // VnExpress's entertainment site; "ngôi sao" is also "star", so the name matches only as a brand prints it.
  { id: 'ngoisao', name: 'Ngôi Sao', aliases: ['Ngoisao', 'Ngoisao.net', 'Ngoisao.vn', 'Báo Ngôi Sao'], words: ['Ngôi Sao'], domains: ['ngoisao.vnexpress.net', 'ngoisao.net', 'ngoisao.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'tuoi-tre', name: 'Tuổi Trẻ', aliases: ['Báo Tuổi Trẻ', 'Tuổi Trẻ Online', 'Tuoi Tre', 'Tuoi Tre News', 'Tuổi Trẻ News', 'TTO', 'Tuoitre.vn', 'Tuổi Trẻ Cuối Tuần', 'Tuổi Trẻ Thành phố Hồ Chí Minh'], domains: ['tuoitre.vn', 'tuoitrenews.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en'] },
  { id: 'thanh-nien', name: 'Thanh Niên', aliases: ['Báo Thanh Niên', 'Thanh Niên Online', 'Thanh Nien', 'Thanhnien.vn', 'Thanh Nien News'], domains: ['thanhnien.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'dan-tri', name: 'Dân trí', aliases: ['Báo Dân trí', 'Báo điện tử Dân trí', 'Dan Tri', 'Dantri', 'Dantri.com.vn', 'Dân Trí'], domains: ['dantri.com.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'vietnamnet', name: 'VietNamNet', aliases: ['Vietnamnet', 'VietnamNet', 'Báo VietNamNet', 'Báo điện tử VietNamNet', 'VietNamNet.vn', 'VietNamNet Global'], domains: ['vietnamnet.vn'], kind: 'online', country: 'VN', languages: ['vi', 'en'] },
  { id: 'infonet', name: 'Infonet', aliases: ['Infonet.vn', 'Báo Infonet'], domains: ['infonet.vietnamnet.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'ictnews', name: 'ICTnews', aliases: ['ICTNews', 'Báo ICTnews'], domains: ['ictnews.vietnamnet.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'znews', name: 'Znews', aliases: ['Zing News', 'ZingNews', 'Znews.vn', 'Zingnews.vn', 'Zing.vn', 'Tri thức trực tuyến', 'Tri thức - Znews', 'Tri thức Znews', 'Báo Tri thức trực tuyến', 'Tri thuc truc tuyen'], domains: ['znews.vn', 'zingnews.vn', 'news.zing.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'lao-dong', name: 'Lao Động', aliases: ['Báo Lao Động', 'Lao Dong', 'Bao Lao Dong', 'Laodong.vn', 'Báo điện tử Lao Động'], domains: ['laodong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'nhan-dan', name: 'Nhân Dân', aliases: ['Báo Nhân Dân', 'Nhan Dan', 'Báo Nhân Dân điện tử', 'Nhân Dân điện tử', 'Nhandan.vn', 'NDĐT', 'NDDT', 'Nhan Dan Online'], domains: ['nhandan.vn', 'nhandan.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en', 'fr', 'zh', 'ru', 'es'] },
  { id: 'tien-phong', name: 'Tiền Phong', aliases: ['Báo Tiền Phong', 'Tien Phong', 'Tienphong.vn', 'TPO', 'Tiền Phong Online'], domains: ['tienphong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'sinh-vien-viet-nam', name: 'Báo Sinh viên Việt Nam', aliases: ['SVVN', 'Bao Sinh vien Viet Nam'], domains: ['svvn.tienphong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'vietnam-news', name: 'Việt Nam News', aliases: ['Viet Nam News', 'Vietnam News', 'VNS', 'Vietnamnews.vn'], domains: ['vietnamnews.vn'], kind: 'newspaper', country: 'VN', languages: ['en'] },
  { id: 'bao-tin-tuc', name: 'Báo Tin tức', aliases: ['Tin tức TTXVN', 'Báo Tin tức TTXVN', 'Baotintuc.vn', 'Bao Tin tuc'], domains: ['baotintuc.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'dai-doan-ket', name: 'Đại Đoàn Kết', aliases: ['Báo Đại Đoàn Kết', 'Dai Doan Ket', 'Bao Dai Doan Ket', 'Daidoanket.vn'], domains: ['daidoanket.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'dan-viet', name: 'Dân Việt', aliases: ['Báo Dân Việt', 'Dan Viet', 'Danviet.vn', 'Nông thôn Ngày nay', 'Báo Nông thôn Ngày nay'], domains: ['danviet.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'dat-viet', name: 'Đất Việt', aliases: ['Báo Đất Việt', 'Dat Viet', 'Bao Dat Viet', 'Baodatviet.vn', 'Báo điện tử Đất Việt'], domains: ['baodatviet.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'viettimes', name: 'VietTimes', aliases: ['Viettimes.vn', 'Báo VietTimes', 'Báo điện tử VietTimes'], domains: ['viettimes.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'kien-thuc', name: 'Báo điện tử Kiến Thức', aliases: ['Báo Kiến Thức', 'Kienthuc.net.vn', 'Kiến Thức Online'], domains: ['kienthuc.net.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'docbao', name: 'Docbao.vn', aliases: ['Báo Đọc báo'], domains: ['docbao.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'to-quoc', name: 'Báo điện tử Tổ Quốc', aliases: ['Toquoc.vn', 'Báo Tổ Quốc'], domains: ['toquoc.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'cong-luan', name: 'Báo Nhà báo & Công luận', aliases: ['Nhà báo & Công luận', 'Nhà báo và Công luận', 'Báo Công luận', 'Congluan.vn'], domains: ['congluan.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },

  // Security, army and justice press
  { id: 'qdnd', name: 'Quân đội Nhân dân', aliases: ['Báo Quân đội Nhân dân', 'QĐND', 'QDND', 'QĐND Online', 'Quan doi Nhan dan', 'Quân đội Nhân dân Online', 'People’s Army Newspaper', "People's Army Newspaper"], domains: ['qdnd.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en', 'zh', 'lo', 'km'], ownership: { kind: 'state-owned', owner: 'Central Military Commission, Ministry of National Defence', fact: 'Quân đội Nhân dân is under the authority of the Central Military Commission and Vietnam’s Ministry of National Defence.', url: 'https://en.wikipedia.org/wiki/People%27s_Army_Newspaper' } },
  { id: 'cand', name: 'Công an Nhân dân', aliases: ['Báo Công an Nhân dân', 'CAND', 'Báo CAND', 'Cong an Nhan dan', 'CAND Online', 'People’s Public Security Newspaper', "People's Public Security Newspaper"], domains: ['cand.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en', 'zh'] },
  { id: 'antv', name: 'ANTV', aliases: ['Truyền hình Công an Nhân dân', 'Truyền hình CAND', 'Kênh ANTV', 'Truyen hinh Cong an Nhan dan'], domains: ['antv.gov.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi'] },
  { id: 'an-ninh-thu-do', name: 'An ninh Thủ đô', aliases: ['Báo An ninh Thủ đô', 'ANTĐ', 'ANTD', 'ANTĐO', 'An ninh Thu do', 'Anninhthudo.vn'], domains: ['anninhthudo.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'cong-an-tphcm', name: 'Báo Công an TP.HCM', aliases: ['Báo Công an Thành phố Hồ Chí Minh', 'Congan.com.vn', 'Bao Cong an TP.HCM'], domains: ['congan.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bvpl', name: 'Bảo vệ Pháp luật', aliases: ['Báo Bảo vệ Pháp luật', 'BVPL', 'Bao ve Phap luat', 'Baovephapluat.vn'], domains: ['baovephapluat.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'cong-ly', name: 'Báo Công lý', aliases: ['Congly.vn', 'Báo điện tử Công lý'], domains: ['congly.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'phap-luat-viet-nam', name: 'Báo Pháp luật Việt Nam', aliases: ['Baophapluat.vn', 'Bao Phap luat Viet Nam'], domains: ['baophapluat.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'doi-song-phap-luat', name: 'Đời sống & Pháp luật', aliases: ['Báo Đời sống & Pháp luật', 'Đời sống và Pháp luật', 'Đời sống Pháp luật', 'ĐS&PL', 'Doi song & Phap luat', 'Doi song Phap luat', 'Doisongphapluat.com'], domains: ['doisongphapluat.com', 'doisongphapluat.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bien-phong', name: 'Báo Biên phòng', aliases: ['Bienphong.com.vn', 'Bao Bien phong'], domains: ['bienphong.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },

  // Hanoi and Ho Chi Minh City press
  { id: 'hanoimoi', name: 'Hà Nội Mới', aliases: ['Báo Hà Nội Mới', 'HNMO', 'HNM', 'Ha Noi Moi', 'Hanoimoi', 'Hànộimới'], domains: ['hanoimoi.vn', 'hanoimoi.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'kinh-te-do-thi', name: 'Kinh tế & Đô thị', aliases: ['Báo Kinh tế & Đô thị', 'Kinh tế và Đô thị', 'Báo Kinh tế và Đô thị', 'KTĐT', 'KTDT', 'Kinh te & Do thi', 'Kinhtedothi', 'Kinhtedothi.vn'], domains: ['kinhtedothi.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'tuoi-tre-thu-do', name: 'Báo Tuổi trẻ Thủ đô', aliases: ['Bao Tuoi tre Thu do', 'Tuoitrethudo.vn'], domains: ['tuoitrethudo.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'hanoi-tv', name: 'Đài Phát thanh và Truyền hình Hà Nội', aliases: ['Hanoi TV', 'HanoiTV', 'Hà Nội TV', 'Đài PT&TH Hà Nội', 'Đài Hà Nội', 'Hanoi Radio Television', 'Dai Phat thanh va Truyen hinh Ha Noi'], domains: ['hanoitv.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi'] },
  { id: 'sggp', name: 'Sài Gòn Giải Phóng', aliases: ['Báo Sài Gòn Giải Phóng', 'SGGP', 'SGGPO', 'SGGP Online', 'Saigon Giai Phong', 'Sai Gon Giai Phong', 'Saigon Giai Phong Online', 'Sggp.org.vn', 'Báo Bình Dương', 'Bao Binh Duong', 'Baobinhduong.vn', 'Báo Bà Rịa - Vũng Tàu', 'Báo Bà Rịa–Vũng Tàu', 'Baobariavungtau.com.vn'], domains: ['sggp.org.vn', 'sggpnews.org.vn', 'baobinhduong.vn', 'baobariavungtau.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en'] },
  { id: 'nguoi-lao-dong', name: 'Người Lao Động', aliases: ['Báo Người Lao Động', 'NLĐ', 'NLĐO', 'NLDO', 'Nguoi Lao Dong', 'Người Lao Động Online', 'Nld.com.vn'], domains: ['nld.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'plo', name: 'Pháp Luật TP.HCM', aliases: ['Báo Pháp Luật TP.HCM', 'Pháp luật Thành phố Hồ Chí Minh', 'Báo Pháp luật Thành phố Hồ Chí Minh', 'PLO', 'Plo.vn', 'Phap Luat TP.HCM', 'Pháp Luật Online'], domains: ['plo.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'phu-nu-tphcm', name: 'Phụ nữ TP.HCM', aliases: ['Báo Phụ nữ TP.HCM', 'Báo Phụ nữ Thành phố Hồ Chí Minh', 'Phụ nữ Online', 'Phunuonline', 'Phunuonline.com.vn', 'PNO'], domains: ['phunuonline.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'htv', name: 'HTV', aliases: ['Đài Truyền hình TP.HCM', 'Đài Truyền hình Thành phố Hồ Chí Minh', 'Ho Chi Minh City Television', 'HTV7', 'HTV9', 'HTV News', 'HTV Tin tức', 'Dai Truyen hinh TP.HCM'], domains: ['htv.com.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi'] },
  { id: 'voh', name: 'VOH', aliases: ['Đài Tiếng nói Nhân dân TP.HCM', 'Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh', 'VOH Online', 'Voh.com.vn', 'Dai Tieng noi Nhan dan TP.HCM'], domains: ['voh.com.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi'] },

  // National broadcasters
  { id: 'vtv', name: 'VTV', aliases: ['Đài Truyền hình Việt Nam', 'Vietnam Television', 'Dai Truyen hinh Viet Nam', 'Báo điện tử VTV', 'VTV News', 'VTV.vn', 'VTV1', 'VTV2', 'VTV3', 'VTV4', 'VTV5', 'VTV6', 'VTV7', 'VTV8', 'VTV9', 'VTV24', 'VTV Digital'], domains: ['vtv.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi', 'en'], ownership: { kind: 'state-owned', fact: 'Vietnam Television (VTV) is the national state television broadcaster of Vietnam, under the Government.', url: 'https://en.wikipedia.org/wiki/Vietnam_Television' } },
  { id: 'vov', name: 'VOV', aliases: ['Đài Tiếng nói Việt Nam', 'Voice of Vietnam', 'Dai Tieng noi Viet Nam', 'Đài TNVN', 'VOV.vn', 'Báo điện tử VOV', 'VOV1', 'VOV2', 'VOV3', 'VOV5', 'VOVTV', 'VOV Giao thông', 'VOV World', 'VOVWorld'], domains: ['vov.vn', 'vovworld.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi', 'en'], ownership: { kind: 'state-owned', fact: 'The Voice of Vietnam (VOV) is the national state radio broadcaster of Vietnam, under the Government.', url: 'https://en.wikipedia.org/wiki/Voice_of_Vietnam' } },
  { id: 'vtc', name: 'VTC', aliases: ['VTC News', 'Báo điện tử VTC News', 'Vtcnews', 'Vtcnews.vn', 'VTC1', 'VTC14', 'VTC16', 'VTC Now', 'Đài Truyền hình Kỹ thuật số VTC', 'Dai Truyen hinh Ky thuat so VTC'], domains: ['vtc.vn', 'vtcnews.vn'], kind: 'broadcaster', country: 'VN', languages: ['vi'] },

  // Ministries', unions' and associations' papers
  { id: 'bao-chinh-phu', name: 'Báo Điện tử Chính phủ', aliases: ['Báo Chính phủ', 'Bao Chinh phu', 'Chinhphu.vn', 'Baochinhphu.vn', 'Cổng Thông tin điện tử Chính phủ', 'Cổng TTĐT Chính phủ', 'VGP', 'VGP News', 'Vietnam Government Portal'], domains: ['baochinhphu.vn', 'chinhphu.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en'] },
  { id: 'bao-quoc-te', name: 'Báo Thế giới & Việt Nam', aliases: ['Báo Quốc tế', 'Thế giới & Việt Nam', 'Báo Thế giới và Việt Nam', 'TG&VN', 'TGVN', 'World & Vietnam Report', 'Baoquocte.vn', 'The gioi & Viet Nam'], domains: ['baoquocte.vn'], kind: 'newspaper', country: 'VN', languages: ['vi', 'en'] },
  { id: 'bao-giao-thong', name: 'Báo Giao thông', aliases: ['Bao Giao thong', 'Baogiaothong.vn', 'Báo Giao thông Vận tải'], domains: ['baogiaothong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-xay-dung', name: 'Báo Xây dựng', aliases: ['Bao Xay dung', 'Baoxaydung.vn'], domains: ['baoxaydung.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-cong-thuong', name: 'Báo Công Thương', aliases: ['Bao Cong Thuong', 'Congthuong.vn'], domains: ['congthuong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'nong-nghiep-moi-truong', name: 'Báo Nông nghiệp và Môi trường', aliases: ['Báo Nông nghiệp Việt Nam', 'Nongnghiep.vn', 'Nongnghiepmoitruong.vn', 'Bao Nong nghiep Viet Nam'], domains: ['nongnghiepmoitruong.vn', 'nongnghiep.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'giao-duc-thoi-dai', name: 'Giáo dục & Thời đại', aliases: ['Báo Giáo dục & Thời đại', 'Giáo dục và Thời đại', 'Báo Giáo dục và Thời đại', 'GD&TĐ', 'GDTĐ', 'Giao duc & Thoi dai', 'Giaoducthoidai.vn'], domains: ['giaoducthoidai.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'suc-khoe-doi-song', name: 'Sức khỏe & Đời sống', aliases: ['Báo Sức khỏe & Đời sống', 'Sức khỏe và Đời sống', 'Báo Sức khỏe và Đời sống', 'SK&ĐS', 'Suc khoe & Doi song', 'Suckhoedoisong.vn'], domains: ['suckhoedoisong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'gia-dinh-xa-hoi', name: 'Gia đình & Xã hội', aliases: ['Báo Gia đình & Xã hội', 'Gia đình và Xã hội', 'Báo Gia đình và Xã hội', 'GĐ&XH', 'GĐXH', 'Gia dinh & Xa hoi', 'Giadinh.net.vn'], domains: ['giadinh.suckhoedoisong.vn', 'giadinh.net.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'phu-nu-viet-nam', name: 'Báo Phụ nữ Việt Nam', aliases: ['Bao Phu nu Viet Nam', 'PhunuVietnam.vn', 'Phunuvietnam'], domains: ['phunuvietnam.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'van-hoa', name: 'Báo Văn hóa', aliases: ['Baovanhoa.vn', 'Bao Van hoa'], domains: ['baovanhoa.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'the-thao-van-hoa', name: 'Thể thao & Văn hóa', aliases: ['Báo Thể thao & Văn hóa', 'Thể thao và Văn hóa', 'Báo Thể thao và Văn hóa', 'TT&VH', 'TTVH', 'The thao & Van hoa', 'Thethaovanhoa.vn'], domains: ['thethaovanhoa.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'dai-bieu-nhan-dan', name: 'Báo Đại biểu Nhân dân', aliases: ['Bao Dai bieu Nhan dan', 'Daibieunhandan.vn'], domains: ['daibieunhandan.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },

  // Business and finance (the rest is in business.ts)
  { id: 'bao-dau-tu', name: 'Báo Đầu tư', aliases: ['Bao Dau tu', 'Đầu tư Online', 'Baodautu.vn'], domains: ['baodautu.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'vir', name: 'Vietnam Investment Review', aliases: ['VIR', 'Vir.com.vn'], domains: ['vir.com.vn'], kind: 'newspaper', country: 'VN', languages: ['en'] },
  { id: 'dau-tu-chung-khoan', name: 'Đầu tư Chứng khoán', aliases: ['Báo Đầu tư Chứng khoán', 'Dau tu Chung khoan', 'ĐTCK', 'Tinnhanhchungkhoan.vn', 'Tin nhanh Chứng khoán'], domains: ['tinnhanhchungkhoan.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'nha-dau-tu', name: 'Tạp chí Nhà đầu tư', aliases: ['Nhadautu.vn', 'Tap chi Nha dau tu'], domains: ['nhadautu.vn'], kind: 'magazine', country: 'VN', languages: ['vi'] },
  { id: 'doanh-nghiep-tiep-thi', name: 'Doanh nghiệp & Tiếp thị', aliases: ['Tạp chí Doanh nghiệp & Tiếp thị', 'Doanh nghiệp và Tiếp thị', 'Tạp chí Doanh nghiệp và Tiếp thị', 'DN&TT', 'Doanhnghieptiepthi.vn'], domains: ['doanhnghieptiepthi.vn'], kind: 'magazine', country: 'VN', languages: ['vi'] },
  { id: 'cafef', name: 'CafeF', aliases: ['CafeF.vn', 'Cafef'], domains: ['cafef.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'cafebiz', name: 'CafeBiz', aliases: ['CafeBiz.vn'], domains: ['cafebiz.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'vietnamfinance', name: 'VietnamFinance', aliases: ['Vietnamfinance.vn', 'Tạp chí VietnamFinance'], domains: ['vietnamfinance.vn'], kind: 'magazine', country: 'VN', languages: ['vi'] },
  { id: 'vietnambiz', name: 'VietnamBiz', aliases: ['Vietnambiz.vn'], domains: ['vietnambiz.vn'], kind: 'online', country: 'VN', languages: ['vi'] },

  // Entertainment, lifestyle, sport, tech
  { id: 'soha', name: 'Soha', aliases: ['Soha.vn', 'Soha News'], domains: ['soha.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'kenh14', name: 'Kenh14', aliases: ['Kênh 14', 'Kênh14', 'Kenh14.vn'], domains: ['kenh14.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'genk', name: 'GenK', aliases: ['GenK.vn', 'Genk.vn'], domains: ['genk.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'webphunu', name: 'Webphunu', aliases: ['Webphunu.net', 'Web Phụ nữ'], domains: ['webphunu.net'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: '24h', name: '24h.com.vn', aliases: ['24h', 'Báo 24h', 'Tin tức 24h', '24H.com.vn'], domains: ['24h.com.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'bongda-com-vn', name: 'Bongda.com.vn', aliases: ['Báo Bongda.com.vn'], domains: ['bongda.com.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'bongdaplus', name: 'Báo Bóng Đá', aliases: ['Bongdaplus', 'Bongdaplus.vn', 'Bao Bong Da'], domains: ['bongdaplus.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'thethao247', name: 'Thể Thao 247', aliases: ['Thethao247', 'Thethao247.vn', 'The Thao 247'], domains: ['thethao247.vn'], kind: 'online', country: 'VN', languages: ['vi'] },

  // Aggregators
  { id: 'baomoi', name: 'Báo Mới', aliases: ['BAOMOI', 'Baomoi', 'Baomoi.com', 'Bao Moi'], domains: ['baomoi.com'], kind: 'aggregator', country: 'VN', languages: ['vi'] },

  // Provincial papers
  { id: 'bao-da-nang', name: 'Báo Đà Nẵng', aliases: ['Bao Da Nang', 'Baodanang.vn', 'Báo Quảng Nam', 'Baoquangnam.vn'], domains: ['baodanang.vn', 'baoquangnam.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-can-tho', name: 'Báo Cần Thơ', aliases: ['Baocantho.com.vn', 'Báo Sóc Trăng', 'Baosoctrang.org.vn', 'Báo Hậu Giang', 'Baohaugiang.com.vn'], domains: ['baocantho.com.vn', 'baosoctrang.org.vn', 'baohaugiang.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-quang-ninh', name: 'Báo Quảng Ninh', aliases: ['Baoquangninh.vn'], domains: ['baoquangninh.vn', 'baoquangninh.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-hai-phong', name: 'Báo Hải Phòng', aliases: ['Bao Hai Phong', 'Baohaiphong.vn', 'Báo Hải Dương', 'Bao Hai Duong', 'Baohaiduong.vn'], domains: ['baohaiphong.vn', 'baohaiphong.com.vn', 'baohaiduong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-hung-yen', name: 'Báo Hưng Yên', aliases: ['Bao Hung Yen', 'Baohungyen.vn', 'Báo Thái Bình', 'Baothaibinh.com.vn'], domains: ['baohungyen.vn', 'baothaibinh.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-phu-tho', name: 'Báo Phú Thọ', aliases: ['Baophutho.vn', 'Báo Vĩnh Phúc', 'Baovinhphuc.com.vn', 'Báo Hòa Bình', 'Baohoabinh.com.vn'], domains: ['baophutho.vn', 'baovinhphuc.com.vn', 'baohoabinh.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-ninh-binh', name: 'Báo Ninh Bình', aliases: ['Baoninhbinh.org.vn', 'Báo Nam Định', 'Baonamdinh.vn', 'Báo Hà Nam', 'Baohanam.com.vn'], domains: ['baoninhbinh.org.vn', 'baonamdinh.vn', 'baohanam.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-thanh-hoa', name: 'Báo Thanh Hóa', aliases: ['Baothanhhoa.vn'], domains: ['baothanhhoa.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-nghe-an', name: 'Báo Nghệ An', aliases: ['Baonghean.vn'], domains: ['baonghean.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-ha-tinh', name: 'Báo Hà Tĩnh', aliases: ['Baohatinh.vn'], domains: ['baohatinh.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-quang-tri', name: 'Báo Quảng Trị', aliases: ['Baoquangtri.vn', 'Báo Quảng Bình', 'Baoquangbinh.vn'], domains: ['baoquangtri.vn', 'baoquangbinh.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-thua-thien-hue', name: 'Báo Thừa Thiên Huế', aliases: ['Baothuathienhue.vn'], domains: ['baothuathienhue.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-quang-ngai', name: 'Báo Quảng Ngãi', aliases: ['Baoquangngai.vn', 'Báo Kon Tum', 'Baokontum.com.vn'], domains: ['baoquangngai.vn', 'baokontum.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-khanh-hoa', name: 'Báo Khánh Hòa', aliases: ['Baokhanhhoa.vn', 'Báo Ninh Thuận', 'Baoninhthuan.com.vn'], domains: ['baokhanhhoa.vn', 'baoninhthuan.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-gia-lai', name: 'Báo Gia Lai', aliases: ['Baogialai.com.vn', 'Báo Bình Định', 'Bao Binh Dinh', 'Baobinhdinh.vn'], domains: ['baogialai.com.vn', 'baobinhdinh.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-dak-lak', name: 'Báo Đắk Lắk', aliases: ['Bao Dak Lak', 'Baodaklak.vn', 'Báo Phú Yên', 'Baophuyen.vn'], domains: ['baodaklak.vn', 'baophuyen.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-lam-dong', name: 'Báo Lâm Đồng', aliases: ['Bao Lam Dong', 'Baolamdong.vn', 'Báo Bình Thuận', 'Baobinhthuan.com.vn', 'Báo Đắk Nông', 'Baodaknong.vn'], domains: ['baolamdong.vn', 'baobinhthuan.com.vn', 'baodaknong.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-dong-nai', name: 'Báo Đồng Nai', aliases: ['Bao Dong Nai', 'Baodongnai.com.vn', 'Báo Bình Phước', 'Baobinhphuoc.com.vn'], domains: ['baodongnai.com.vn', 'baobinhphuoc.com.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-tay-ninh', name: 'Báo Tây Ninh', aliases: ['Baotayninh.vn', 'Báo Long An', 'Baolongan.vn'], domains: ['baotayninh.vn', 'baolongan.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'bao-an-giang', name: 'Báo An Giang', aliases: ['Baoangiang.com.vn', 'Báo Kiên Giang', 'Baokiengiang.vn'], domains: ['baoangiang.com.vn', 'baokiengiang.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  // Sites the press credits in its end credits and source lines ("Theo Trí Thức Trẻ", "Theo Helino"); names that
  // are also phrases ("trí thức trẻ", "kiến thức", "một thế giới") match only as the brand prints them.
  { id: 'tri-thuc-tre', name: 'Trí Thức Trẻ', aliases: ['Tri Thuc Tre', 'Trithuctre', 'ttvn.toquoc.vn'], words: ['Trí Thức Trẻ'], domains: ['ttvn.toquoc.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'helino', name: 'Helino', aliases: ['Helino.vn'], domains: ['helino.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'afamily', name: 'Afamily', aliases: ['aFamily', 'Afamily.vn', 'Báo Afamily'], domains: ['afamily.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'mot-the-gioi', name: 'Một Thế Giới', aliases: ['Báo Một Thế Giới', '1thegioi.vn', '1 Thế Giới'], words: ['Một Thế Giới'], domains: ['1thegioi.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'lao-dong-thu-do', name: 'Lao động Thủ đô', aliases: ['Báo Lao động Thủ đô', 'Laodongthudo.vn'], domains: ['laodongthudo.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'doanh-nhan-sai-gon', name: 'Doanh Nhân Sài Gòn', aliases: ['Báo Doanh Nhân Sài Gòn', 'Doanhnhansaigon.vn', 'DNSG'], domains: ['doanhnhansaigon.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: 'phap-luat-ban-doc', name: 'Pháp luật & Bạn đọc', aliases: ['Pháp luật và Bạn đọc', 'Phapluatbandoc'], domains: ['phapluatbandoc.giadinh.net.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'thoi-bao-tai-chinh', name: 'Thời báo Tài chính Việt Nam', aliases: ['Thời báo Tài chính', 'Thoibaotaichinhvietnam.vn'], domains: ['thoibaotaichinhvietnam.vn'], kind: 'newspaper', country: 'VN', languages: ['vi'] },
  { id: '2sao', name: '2Sao', aliases: ['2sao.vn', 'Báo 2Sao'], domains: ['2sao.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'tin-the-thao', name: 'Tin Thể Thao', aliases: ['TinTheThao.com.vn', 'Tinthethao'], domains: ['tinthethao.com.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
  { id: 'webthethao', name: 'Webthethao', aliases: ['Webthethao.vn'], domains: ['webthethao.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
] satisfies OutletInput[];
