package redact_test

import "testing"

// Chinese prose: escapees who lived in China quote WeChat messages and speech in Chinese.
// A clause is one run of Han characters, so names, places, ages and sums are found inside
// it, and the span covers them only, not the words around them.
func TestRedteamZhProse(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		// Names after a calling verb, a kin or role word, 姓, or 老/小/阿.
		"我叫金英姬，今年三十二岁。":   "我叫[Person A]，今年[an age]。",
		"丈夫叫张国强，比我大二十岁。":  "丈夫叫[Person A]，比我大[an age]。",
		"我们的儿子张小明今年八岁。":   "我们的儿子[Person A]今年[an age]。",
		"中介老李收了我一万五千块钱。":  "中介[Person A]收了我[10,000–50,000 元]。",
		"后来我在饭店打工，老板姓王。":  "后来我在饭店打工，老板姓[Person A]。",
		"我妈妈叫崔顺子，我们都很想她。": "我妈妈叫[Person A]，我们都很想她。",
		"小王和老张来了，我们很高兴。":  "[Person A]和[Person B]来了，我们很高兴。",
		"高老师很好，王先生也来了。":   "[Person A]老师很好，[Person B]先生也来了。",
		"那时候我二十多岁，没有身份证。": "那时候我[an age]，没有身份证。",
		"她在延吉市河南街开了一家饭店。": "她在[a city in Jilin Province]开了一家饭店。",
		"明天我们去方正县。":       "明天我们去[a place]。",
		// Without a cue: a common surname starting a word before what a person does.
		"张国强打我，李英说他不知道。": "[Person A]打我，[Person B]说他不知道。",
		"后来金海燕说她要走。":     "后来[Person A]说她要走。",
		// Ages with digits, and places in Han: the gazetteer's names, and a name with a unit.
		"我今年32岁，在沈阳打工。":           "我今年in their 30s，在[a city in Liaoning Province]打工。",
		"2012年从会宁过江。":             "2010年代从[a city in North Hamgyong Province]过江。",
		"我被卖到黑龙江省鸡西市密山县的一个村子。":    "我被卖到黑龙江省[a city in Heilongjiang Province][a county in Heilongjiang Province]的一个村子。",
		"现在住在京畿道安山市。":             "现在住在京畿道[a city in Gyeonggi Province]。",
		"她被卖到吉林省的一个农村，在三道沟村住了五年。": "她被卖到吉林省的一个农村，在[a place]住了五年。",
		// A named school; a workplace without a name stays.
		"在密山第二小学上学。":   "在[a workplace]上学。",
		"在沈阳的一家饭店打工。":  "在[a city in Liaoning Province]的一家饭店打工。",
		"我在金海打工，很辛苦。":  "我在[a city in South Gyeongsang Province]打工，很辛苦。",
		"我们坐火车到了图们江边。": "我们坐火车到了图们江边。",
	})
}

// Ordinary Chinese words that begin with a surname character, words that end with a unit
// character, and public figures stay as they are.
func TestRedteamZhMustNotFire(t *testing.T) {
	same := []string{
		"他们很高兴地说要去王国看看。",
		"他张开嘴说不出话。",
		"我没有金钱也没有朋友。",
		"李子很好吃，周末我们去市场买菜。",
		"这里很方便，朱红色的门。",
		"老太太在城市里的超市买东西，我不知道这个地区。",
		"我们一起回到村里，村子很小。",
		"他在黑市上卖东西，省钱了。",
		"他是大学生，这个小学很大。",
		"他们一张一张地数。现金给了中介。",
		"小时候我们家里很穷，老师对我很好。",
		"习近平和金正恩见面了。毛泽东、邓小平、金日成、金正日都是名人。",
		"文在寅、尹锡悦、李明博、朴槿惠都说过。朴槿惠说了。",
		"我们过了鸭绿江，看见了长白山。",
		"一位老师来了，他很高兴，张开双臂。",
		"我儿子高中毕业了。妈妈明天来。丈夫安全回来了。我女儿全都知道。",
		"我的表哥住在附近，我们常常见面。",
		"她说：“你们不要去公安局，那里很危险。”",
	}
	cases := map[string]string{}
	for _, s := range same {
		cases[s] = s
	}
	redactWith(t, "strict", cases)
}
