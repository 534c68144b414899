// The words behind mnemonic codes (助记码) that need more than one character's most common reading: place names,
// bank names and the words of company names, read in context by pinyin-pro (MIT, see NOTICE). generate.mjs turns
// them into the phrase table; corpus.mjs builds the test corpus of company names from the same lists.

// Cities and counties: the polyphones first (东莞, 西藏, 蚌埠, 六安, 丽水, 番禺, 乐清 …), then common ones.
export const cities = [
  '东莞', '西藏', '蚌埠', '六安', '丽水', '番禺', '乐清', '重庆', '厦门', '长沙', '长春', '长治', '长宁', '单县', '莘县',
  '铅山', '乐亭', '朝阳', '蔚县', '歙县', '黄陂', '洪洞', '枞阳', '东阿', '曲阜', '台州', '天台', '六合', '句容', '百色',
  '北京', '上海', '天津', '广州', '深圳', '佛山', '福州', '泉州', '南京', '苏州', '无锡', '常州', '杭州', '宁波', '温州',
  '金华', '合肥', '芜湖', '拉萨', '成都', '西安', '武汉', '郑州', '济南', '青岛', '沈阳', '大连', '昆明', '贵阳', '南宁',
];

// Places written after the province, city or district they lie in, where the administrative suffix and the place's
// first character would also make a title (市长, 省长, 区长): 西安市长安区 is 西安市 + 长安区, not 西安 + 市长 + 安区.
export const districts = [
  '西安市长安区', '上海市长宁区', '吉林省长春市', '重庆市长寿区', '长沙市长沙县', '湖南省长沙市', '温州市乐清市', '湖州市长兴县',
  '福州市长乐区', '山西省长治市',
];

// What a company does, including the polyphones of trade (银行, 商行, 重工, 音乐, 会计, 调味 …).
export const trades = [
  '建设银行', '工商银行', '农业银行', '中国银行', '交通银行', '招商银行', '建行', '工行', '农行', '中行', '交行',
  '重工机械', '重型机械', '音乐文化', '会计服务', '调味食品', '长城电子', '长江物流', '传动设备', '工商行政管理', '行政服务',
  '华联商贸', '电子科技', '医药', '建材', '五金', '服装', '化工', '纺织', '乐器',
];

// Company forms and branch names: 有限公司, 商行, 分行, 支行 …
export const forms = ['有限公司', '股份有限公司', '商行', '分行', '支行', '经营部', '行长办公室', '办事处'];

// Further words of company names and addresses whose reading in context differs, or that keep a phrase from
// matching across two words (工商|行政, not 工|商行|政).
export const words = [
  '银行', '商行', '车行', '琴行', '茶行', '粮行', '米行', '布行', '药行', '金行', '行业', '分行', '支行', '总行', '同行',
  '行长', '董事长', '区长', '省长', '市长', '校长', '工商', '行政', '发行', '执行', '进行', '运行', '银行卡',
  '大厦', '音乐', '音乐厅', '会计', '会计师', '调味', '调料', '传动', '重工', '重型', '长城', '长江', '长安', '乐器',
  '藏族', '宝藏', '重要', '重量', '长寿', '长兴', '长乐',
];

// Where pinyin-pro's own dictionary reads a word otherwise than its proper pronunciation (乐清 yuè, 交行 háng,
// 单县 shàn, 蔚县 yù, 歙县 shè, 黄陂 pí, 洪洞 tóng; the 行 of a shop or a branch is háng: 分行, 车行, 琴行 …),
// or segments across two words: 工商行政 as 工|商行|政, 广州长城 as 广州|州长|城, 百色调味 as 百|色调|味,
// 化工行长 as 化工|行|长, 五金行长 as 五|金行|长, 西安市长安区 as 西安|市长|安区 (naming the word makes it prefer the word).
export const corrections = {
  乐清: 'yuè qīng', 交行: 'jiāo háng', 单县: 'shàn xiàn', 蔚县: 'yù xiàn', 歙县: 'shè xiàn', 黄陂: 'huáng pí',
  洪洞: 'hóng tóng', 工商行政: 'gōng shāng xíng zhèng', 长城: 'cháng chéng', 长江: 'cháng jiāng', 行长: 'háng zhǎng',
  调味: 'tiáo wèi', 分行: 'fēn háng', 车行: 'chē háng', 琴行: 'qín háng', 茶行: 'chá háng', 粮行: 'liáng háng',
  米行: 'mǐ háng', 布行: 'bù háng', 药行: 'yào háng', 金行: 'jīn háng',
  五金: 'wǔ jīn', 医药: 'yī yào',
  长安区: 'cháng ān qū', 长宁区: 'cháng níng qū', 长春市: 'cháng chūn shì', 长寿区: 'cháng shòu qū', 长沙县: 'cháng shā xiàn',
  长沙市: 'cháng shā shì', 乐清市: 'yuè qīng shì', 长兴县: 'cháng xīng xiàn', 长乐区: 'cháng lè qū', 长治市: 'cháng zhì shì',
};
