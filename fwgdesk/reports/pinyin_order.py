"""The characters of the bundled State names in their pinyin order (as ICU's Chinese
collation orders them; regenerate with ``tests/test_reports_batch.py``'s
``icu_pinyin_order`` when a new name brings a new character)."""

from __future__ import annotations

CHARACTERS = (
    "阿埃爱安昂奥澳巴白拜班邦保堡北贝本比别宾冰波玻伯博不布埔朝赤茨达大代丹旦岛道得德"
    "地登迪帝甸颠典丁东都度敦顿多俄厄尔耳伐法非菲斐芬夫佛富干冈刚哥格根共古瓜圭国果哈"
    "海韩汗合和荷黑洪基及吉几济加柬疆角捷津喀卡科克肯库拉腊来莱兰朗劳老黎里力立利联列"
    "林隆卢鲁路律伦罗洛马买麦曼毛美门盟蒙孟米秘密缅民摩莫墨拿那纳南瑙内嫩尼宁努挪诺欧"
    "帕蓬坡泊葡浦普其求酋群人日瑞萨塞桑色森沙山绍舌圣时士斯苏所索他塔泰坦汤陶萄特提廷"
    "突图土托脱瓦宛王旺危威韦维委文汶挝乌西希鲜新匈叙牙亚也伊以义意印约越赞乍寨长支智"
    "中洲主兹族"
)

PINYIN_ORDER: dict[str, int] = {char: rank for rank, char in enumerate(CHARACTERS)}
