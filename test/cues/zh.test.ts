/** Chinese cues: sentences modelled on mainland, Hong Kong and Taiwan press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('zh: sources', () => {
  it.each([
    ['据新华社报道，第十四届全国人大二次会议于昨日在北京闭幕。', ['新华社']],
    // A preposition glued to a name the registry knows: 经…证实 (as confirmed by), 经 no part of the name.
    ['经新华社记者证实，大桥已经封闭。', ['新华社']],
    ['經中央社記者證實，颱風已經轉向。', ['中央社']],
    // …and to a name it doesn't know: cut off the same way; a word the character begins (经济) keeps it.
    ['经安徽广播电视台报道，高速公路已经恢复通行。', ['安徽广播电视台']],
    ['經臺南市政府證實，停水將持續兩天。', ['臺南市政府']],
    ['经济日报报道，一季度出口同比增长。', ['经济日报']],
    ['美国有线电视新闻网（CNN）报道称，火灾已造成3人死亡。', ['美国有线电视新闻网']],
    ['他在接受天空新闻(Sky News)采访时表示，政府不会让步。', ['天空新闻']],
    ['据中国气象局预报，明天将有大范围降雨。', ['中国气象局']],
    ['據中央氣象署監測，颱風將於週五登陸。', ['中央氣象署']],
    ['据美国地质调查局测定，震源深度10千米。', ['美国地质调查局']],
    ['据国家卫健委官网消息，新增确诊病例5例。', ['国家卫健委']],
    // A person's name in Latin letters in brackets is no short form of a body.
    ['欧洲航天局发言人马克·米勒(Mark Miller)表示，发射将推迟。', ['欧洲航天局']],
    ['移动互联网大数据监测平台Trustdata发布的《2019年中国共享充电行业发展分析简报》显示，用户规模持续增长。', ['Trustdata']],
    ['国家统计局发布的《2023年国民经济和社会发展统计公报》显示，全年国内生产总值增长5.2%。', ['国家统计局']],
    ['市场研究机构Canalys表示，今年第三季度出货量下降。', ['Canalys']],
    ['据路透社援引三名知情人士报道，双方的谈判已陷入僵局。', ['路透社']],
    ['据《纽约时报》报道，白宫正在研究新的关税方案。', ['纽约时报']],
    // 金融时报 is also a Chinese paper's name: the country says which one, and the name keeps it.
    ['英国《金融时报》援引知情人士的话报道，该公司正考虑出售部分业务。', ['英国金融时报']],
    // A country before a quoted title says where the paper is from: the paper alone is credited.
    ['据英国《金融时报》报道，两家银行的合并谈判已经中止。', ['英国金融时报']],
    // A title two countries' papers share (世界报: Le Monde, El Mundo): the country before it picks the paper.
    ['据西班牙《世界报》报道，首相将提前举行大选。', ['西班牙世界报']],
    ['法国《世界报》发表评论称，改革势在必行。', ['世界报']],
    ['据德国《明镜》周刊报道，联邦政府将削减多项补贴。', ['明镜']],
    ['据日本《读卖新闻》消息，首相将于下周出访东南亚。', ['读卖新闻']],
    ['据台湾“中央社”报道，台风预计周四登陆。', ['中央社']],
    // 援引 ends the name before it: the agency and the body it cites.
    ['韩联社援引韩国军方消息称，朝鲜当天发射了两枚导弹。', ['韩联社', '韩国军方']],
    // A short form the registry knows names the channel when a particle cuts its full name.
    ['美国消费者新闻与商业频道（CNBC）报道，三大股指全线下跌。', ['CNBC']],
    ['中国外交部发言人毛宁在例行记者会上表示，中方对此坚决反对。', ['中国外交部']],
    ['外交部发言人表示，中方将采取必要措施维护自身权益。', ['外交部']],
    ['教育部有关负责人表示，将进一步规范校外培训。', ['教育部']],
    ['法国总工会负责人称，罢工将持续到政府撤回方案为止。', ['法国总工会']],
    ['美国国务院4日在声明中表示，将继续密切关注局势发展。', ['美国国务院']],
    ['国家统计局发布的数据显示，一季度国内生产总值同比增长5.3%。', ['国家统计局']],
    ['彭博社援引美国商务部的数据称，三月出口有所下降。', ['彭博社', '美国商务部']],
    ['成都市公安局通报称，涉事司机已被警方控制。', ['成都市公安局']],
    ['法国航空公司表示，周五将取消约三成国内航班。', ['法国航空公司']],
    ['OpenAI表示，新模型将于下月向所有用户开放。', ['OpenAI']],
    ['该研究成果已发表在国际学术期刊《自然》上。', ['自然']],
    ['新华社北京3月5日电（记者李明）国务院总理今天在人民大会堂作政府工作报告。', ['新华社']],
    ['中新网上海5月8日电 上海市政府今日发布通知。', ['中新网']],
    // Taiwan's agency names its reporter inside the dateline, before the city: the agency is credited.
    ['（中央社記者陳美玲高雄3日電）高雄港的新航線今天啟航。', ['中央社']],
    ['（中央社記者林志豪、吳佩珊台中3日電）市府今天啟用新的轉運站。', ['中央社']],
    // …and files from abroad as 專電, or compiles foreign wires (綜合外電報導); mainland copy says 专电.
    ['（中央社記者黃立群巴黎8日專電）法國國會今天通過預算案。', ['中央社']],
    ['（中央社台北8日綜合外電報導）颱風過後，菲律賓多處停電。', ['中央社']],
    ['新华社柏林8日专电 德国联邦议院今天通过预算。', ['新华社']],
    // A reporter with no outlet the registry knows before the title credits no one (the paper's own staff).
    ['本报记者赵刚北京3月5日电 会议今天闭幕。', []],
    // A dateline names the outlet the text comes from, whatever its name's shape: name, date, 消息 or 讯.
    ['快报科技5月8日消息，这款折叠屏手机将于下月开售。', ['快报科技']],
    ['南湖晚报9月2日讯，市区三条公交线路今起调整。', ['南湖晚报']],
    ['【数码之家12日消息】新款笔记本电脑今天正式开售。', ['数码之家']],
    ['據中央社報導，颱風預計明天清晨登陸。', ['中央社']],
    ['美聯社報導稱，爆炸發生在當地時間周二凌晨。', ['美聯社']],
    ['来源：澎湃新闻', ['澎湃新闻']],
    // A meta line's next label ends the slot: a share widget, the byline.
    ['时间：2023.11.02 来源：东方快讯网 分享到：', ['东方快讯网']],
    ['來源：聯合新聞網 作者：王小明', ['聯合新聞網']],
    ['发布时间：2024-03-08 09:12 来源：江城日报 字号：大 中 小', ['江城日报']],
    ['资料来源：国家统计局、海关总署', ['国家统计局', '海关总署']],
    ['巴黎地铁运营公司说，全市十四条线路中有九条停运。', ['巴黎地铁运营公司']],
    ['总理在接受法国《回声报》采访时表示，改革方案不会撤回。', ['回声报']],
    ['他在接受法国国家电视台记者采访时说，改革不会撤回。', ['法国国家电视台']],
    ['校长接受新华社记者采访时表示，学校将加强安全管理。', ['新华社']],
    ['一名店员告诉新京报记者，租金在一个月内上涨了一倍。', ['新京报']],
    ['约翰逊航天中心发言人表示，舱内严禁饮酒。', ['约翰逊航天中心']],
    // A titled report released (发布了《…报告》) credits whoever released it, as 发布的《 does.
    ['世界气象组织发布了《2024年全球气候状况报告》，去年是有记录以来最热的一年。', ['世界气象组织']],
    ['中国汽车工业协会公布了《新能源汽车产销月报》。', ['中国汽车工业协会']],
    // …a game, a film or a book under its title is no document: its maker is credited for nothing.
    ['网易发布了《逆水寒》手游的新版本。', []],
    ['影业公司发布的《长安三万里》定档海报引发热议。', []],
    // When, between the body and its verb, mainland and Hong Kong usage: 其后, 较早前, 随即.
    ['法国爱丽舍宫其后宣布，访问将延期。', ['爱丽舍宫']],
    ['香港天文台較早前表示，寒冷天氣將持續至週末。', ['香港天文台']],
    ['深圳市气象局随即发布通报称，暴雨预警已升级。', ['深圳市气象局']],
    ['他其后表示，自己不会辞职。', []],
    // A source line with 来源于 and its colon, as with 来源.
    ['来源于：海淀区融媒体中心', ['海淀区融媒体中心']],
    // A source label with an ASCII colon right after the meta line's time.
    ['2024-06-02 10:15 来源: 中国新闻网', ['中国新闻网']],
    ['发布时间：2024-06-02 10:15:30 稿源:央视新闻', ['央视新闻']],
    // A firm's Latin name goes on across its spaces.
    ['据市场研究机构Northwind Research统计，出货量同比下降。', ['Northwind Research']],
    // A paper's piece under a title, in the press review's shape: the paper, not the title.
    ['英国《卫报》网站在3月2日发表题为《气候峰会的承诺》的文章，文章称谈判陷入僵局。', ['卫报']],
    ['法国《世界报》3日刊登题为《欧洲的能源账单》的评论。', ['世界报']],
    // A forecast is a body's claim; with no one before it, it is impersonal.
    ['亚洲开发银行周二预测，今年地区经济增速将放缓。', ['亚洲开发银行']],
    ['报道称，未来一周中国预计将有超过五亿人次出行。', []],
    ['预计本周末将有一次降温过程。', []],
    ['业内人士预测，价格还会上涨。', []],
    // A sentence quoting an English title has more Latin letters than characters and is still Chinese.
    ['研究团队在英国期刊《自然》发表题为Deep ocean warming since the industrial era的论文。', ['自然']],
    ['该成果发表于《细胞》杂志，论文题为Mapping the immune response in older adults。', ['细胞']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh').sources).toEqual(folded(expected));
  });

  it('a URL after 来源： is the page the text is based on', () => {
    const found = credits('来源：https://www.thepaper.cn/newsDetail_forward_1234567', 'zh');
    expect(found.basedOn).toEqual(['https://www.thepaper.cn/newsDetail_forward_1234567']);
    expect(found.sources).toEqual([]);
  });
});

describe('zh: bodies named by their shape (a head word ends the name)', () => {
  it.each([
    ['据江西省生态环境厅消息，全省空气质量优良天数比例上升。', ['江西省生态环境厅']],
    ['据宁波市气象台预报，本周末将有强降雨。', ['宁波市气象台']],
    ['据四川省应急管理厅介绍，已转移受灾群众一万余人。', ['四川省应急管理厅']],
    ['广州市交通运输局称，地铁三号线将延长运营时间。', ['广州市交通运输局']],
    ['杭州市中级人民法院第一分院指出，被告人的行为已构成诈骗罪。', ['杭州市中级人民法院第一分院']],
    ['台中地检署表示，将依法侦办。', ['台中地检署']],
    ['东京地方法院表示，将于下月宣判。', ['东京地方法院']],
    ['中国物流学会办事处介绍，会员单位已超过两千家。', ['中国物流学会办事处']],
    ['西城区公安分局通报称，涉事男子已被刑事拘留。', ['西城区公安分局']],
    ['观察者网报道，该型号已经停产。', ['观察者网']],
    // A closer inside the name (数据 in 大数据): the next closer ends it, and the 据 of 数据 opens nothing.
    ['据前程大数据研究院统计，人工智能岗位需求同比上涨。', ['前程大数据研究院']],
    // The channel a body speaks through is no part of its name.
    ['央视新闻客户端消息，国务院常务会议今天召开。', ['央视新闻']],
    // An end credit in brackets with no verb.
    ['救援工作仍在进行中。（据新华社）', ['新华社']],
    // What a body issued, after its possessive, between its name and the verb.
    ['彭博社的一篇报道指出，该公司计划裁员。', ['彭博社']],
    ['美联社的报道称，双方已同意停火。', ['美联社']],
    ['记者从国家铁路集团了解到，春运将于下月开始。', ['国家铁路集团']],
    ['中国地震台网正式测定：3月5日在四川发生4.2级地震。', ['中国地震台网']],
    ['综合新华社、央视新闻报道，救援工作仍在进行。', ['新华社', '央视新闻']],
    // Republication and bylines naming another outlet.
    ['本文来自微信公众号“晚点LatePost”（ID：latepost），作者：张三', ['晚点LatePost']],
    ['文/中新社记者 李四', ['中新社']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh').sources).toEqual(folded(expected));
  });

  it.each([
    ['美国东部表示欢迎。'],
    ['新的市场格局显示，竞争更加激烈。'],
    ['正如他们自己所说，这只是一场误会。'],
    ['他住院期间表示感谢。'],
    ['在市中心，市民们纷纷表示支持。'],
    ['互联网上有网友称，视频系伪造。'],
    ['据大数据分析，用户数量明显增长。'],
    ['据统计，今年游客人数增加。'],
    ['（据统计）'],
    ['本报综合报道，救援工作仍在进行。'],
    ['文/李四'],
    // A head named after 负责人 is a person speaking, as an official is.
    ['某省国防科工办负责人王强表示，将推动合作。'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'zh').sources).toEqual([]);
  });
});

describe('zh: research firms and pollsters credited for data', () => {
  it.each([
    ['据市场研究机构IDC统计，今年平板电脑出货量下降。', ['IDC']],
    ['据调研机构奥维睿沃统计，电视面板价格持续走低。', ['奥维睿沃']],
    ['咨询公司麦肯锡的调查显示，七成企业计划增加数字化投入。', ['麦肯锡']],
    ['据中国消费者协会调查，超六成受访者对售后服务表示满意。', ['中国消费者协会']],
    ['盖洛普公司的民调显示，总统支持率下降。', ['盖洛普公司']],
    ['艾媒咨询发布的数据显示，预制菜市场规模持续扩大。', ['艾媒咨询']],
    // A credit that lists several names credits each; the briefing a body held is no body.
    ['据美联社和法新社报道，谈判已经破裂。', ['美联社', '法新社']],
    ['国家统计局和海关总署的数据显示，出口增长放缓。', ['国家统计局', '海关总署']],
    ['记者今日从国家统计局举行的新闻发布会获悉，物价总体平稳。', ['国家统计局']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh').sources).toEqual(folded(expected));
  });
});

describe('zh: an executive speaks for the firm', () => {
  it.each([
    ['中兴通讯董事长李自学表示，公司将加大研发投入。', ['中兴通讯']],
    ['宁德时代董事长曾毓群在股东大会上表示，公司将扩大产能。', ['宁德时代']],
    ['极光科技的高级市场总监刘颖表示，用户规模持续增长。', ['极光科技']],
    // A particle inside a name the registry knows (为 in 华为) does not cut it.
    ['据华为消息，新机将于下月发布。', ['华为']],
    ['华为表示，将继续投入研发。', ['华为']],
    ['华为公司董事长梁华表示，公司将继续投入研发。', ['华为公司']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh').sources).toEqual(folded(expected));
  });

  it.each([
    ['中兴通讯董事长李自学出席了开幕式。'],
    ['国资委主任张三表示，将深化国企改革。'],
    ['该公司董事长表示，将积极整改。'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'zh').sources).toEqual([]);
  });
});

describe('zh: photo credits', () => {
  it.each([
    ['代表们步入会场。新华社记者 李明 摄', ['李明']],
    ['（新华社记者王强摄）', ['新华社记者王强']],
    ['3月5日，游客在公园赏花。（新华社发）', ['新华社']],
    ['航拍的跨海大桥。图片来源：视觉中国', ['视觉中国']],
    ['受灾群众转移安置。受访者供图', ['受访者']],
    ['图/视觉中国', ['视觉中国']],
    ['图片由主办方提供', ['主办方']],
    ['共享单车停放点。视觉中国 资料', ['视觉中国']],
    ['本文图片除特别标注外，均为本报记者王强 图', ['本报记者王强']],
    ['本文图片均由受访者提供', ['受访者']],
    // A known name in the caption's closing (fullwidth) bracket, no cue word: no capital marks it, the registry does.
    ['2024年5月3日，杭州，在西湖边散步的游客。（视觉中国）', ['视觉中国']],
    ['伦敦市中心新建的社区花园。（BBC）', ['BBC']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh', 'caption').photos).toEqual(folded(expected));
  });
});

describe('zh: a picture taken from someone\'s page', () => {
  it.each([
    ['示威者在街頭聚集。（取自李明臉書）', ['李明臉書']],
    ['歌手在台上演出。（翻攝自Instagram）', ['Instagram']],
    // The Taiwanese 圖／ credit with what it was taken from: the page, not the verb.
    ['男子遭警方逮捕。（圖／翻攝自臉書）', ['臉書']],
    ['候選人在市場拜票。（圖／取自陳大文臉書）', ['陳大文臉書']],
    // A screen grab and a file photo name no one.
    ['消防人員到場救援。（圖／翻攝畫面）', []],
    ['事發路口。（圖／資料照）', []],
  ])('%s', (text, expected) => {
    expect(credits(text, 'zh', 'caption').photos).toEqual(folded(expected));
  });
});

describe('zh: must not credit', () => {
  it.each([
    ['专家表示，这一趋势还将持续一段时间。'],
    ['张三（化名）表示，他并不知情。'],
    ['该公司首席执行官约翰·史密斯（John Smith）称，业绩符合预期。'],
    ['据相关部门通报，事故原因正在调查中。'],
    // A product launched, a person's title before a Latin name: no source.
    ['苹果公司发布的新款手机销量不佳。'],
    ['美国总统Trump表示，关税将继续。'],
    ['北京大学经济学院教授张华称，政策效果仍需观察。'],
    ['一名发言人表示，目前不便透露更多细节。'],
    ['有关负责人表示，将进一步加强管理。'],
    ['该公司表示，将积极配合有关部门调查。'],
    ['网友纷纷表示，这一做法值得推广。'],
    ['社会各界人士表示欢迎。'],
    ['据悉，双方将于下月举行新一轮会谈。'],
    ['据了解，该项目目前已完成八成工程量。'],
    ['据报道，事故共造成3人受伤。'],
    // No dateline: a date alone, a person's news, someone who got the news.
    ['5月8日消息，这款折叠屏手机将于下月开售。'],
    ['王小明5月8日消息称，他已经辞职。'],
    ['市民9月2日获得消息，地铁将延长运营。'],
    ['据媒体报道，相关企业已经停产整顿。'],
    ['根据《中华人民共和国劳动法》规定，用人单位应当保障劳动者的休息权利，律师表示。'],
    ['按照有关规定，相关人员已被停职。'],
    ['相关阅读：据新华社报道，会议今天闭幕'],
    ['责任编辑：王芳'],
    ['本报讯（记者 张三）本市今天召开安全生产工作会议。'],
    ['他在接受记者采访时说，公司不会裁员。'],
    ['她接受本报记者采访时表示，情况已经好转。'],
    ['患者接受医院治疗后，医生在采访中说明了情况。'],
    ['美国政府说服盟友加入制裁。'],
    // 供称 (told the police, confessed): the police it was told to speak for no one.
    ['嫌犯向警方供称，他当晚并不在现场。'],
    ['陳男向警方供稱，錢已經花光。'],
    // A joiner inside a name is no list.
    ['中华人民共和国和平发展白皮书显示，合作仍是主流。'],
  ])('%s', (text) => {
    expect(credits(text, 'zh').sources).toEqual([]);
  });

  it.each([['示意图'], ['图片来源：网络'], ['资料图'], ['视频截图'], ['在西湖边散步的游客（视频截图）'], ['在西湖边散步的游客。（中国）'], ['监控摄像头拍下的画面'], ['游客在景区拍摄留念。'], ['两名嫌疑人均为当地居民，监控画面显示二人拍摄了现场。']])('no photo credit in %s', (text) => {
    expect(credits(text, 'zh', 'caption').photos).toEqual([]);
  });
});
