"""Text normalisation applied to every title, reason and name before phrase matching.

Steps: Unicode NFKC (full-width → half-width, compatibility ideographs), one canonical form for each
punctuation family (brackets, quotes, dashes, enumeration commas), no whitespace at all (Chinese titles are
written without spaces; stray spaces come from copy-paste), ASCII letters in lower case, and a small table of
common traditional characters mapped to their simplified forms. The result is a fixed point:
``normalize_text(normalize_text(s)) == normalize_text(s)``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

# Traditional → simplified for characters common in government titles. Only one-to-one mappings whose
# simplified form is unambiguous are listed (乾/干, 後/后 style many-to-one cases are safe one way; 著, 於 as
# surnames are rare in titles). Source: 《通用规范汉字表》 (2013) traditional/simplified correspondences.
_TRADITIONAL: Final = (
    "國国務务關关於于開开發发處处區区縣县鄉乡鎮镇財财預预決决規规劃划計计畫画業业農农災灾應应環环護护衛卫廠厂"
    "產产藥药質质檢检費费購购採采項项設设資资貧贫醫医療疗險险會会進进動动員员錄录選选職职構构機机辦办號号說说"
    "條条標标準准實实強强罰罚許许審审單单價价經经濟济統统報报學学勞劳見见現现證证書书請请為为與与來来對对這这"
    "個个們们長长門门問问間间聞闻電电話话網网線线聯联繫系係系時时導导領领黨党閱阅樣样賠赔償偿補补貼贴徵征遷迁"
    "擴扩築筑圍围園园廣广場场東东車车輛辆鐵铁運运輸输傳传貸贷銀银錢钱稅税優优撫抚殘残兒儿幫帮營营養养壽寿據据"
    "結结維维訊讯調调訪访議议舉举變变總总體体飲饮氣气態态綠绿組组織织協协團团際际歷历範范圖图點点齡龄義义權权"
    "陽阳邊边萬万億亿額额貨货幣币專专轉转續续級级紀纪約约給给繳缴納纳監监術术屬属後后裡里裏里從从眾众衆众戶户"
    "糧粮畝亩灣湾橋桥樓楼礦矿試试類类隊队師师嚴严歸归樹树揚扬徑径測测繪绘儲储備备鄰邻聽听違违復复衝冲勝胜獎奖"
    "勵励懲惩蘇苏瀋沈汙污濕湿蓋盖撥拨藝艺館馆濱滨廳厅觀观覽览獻献夥伙雜杂鬥斗頭头韓韩稱称敘叙負负責责該该並并"
    "啟启絡络紹绍細细視视覺觉親亲謝谢認认識识講讲讀读寫写圓圆獲获滿满雙双隨随雖虽積积極极歡欢輕轻鬆松爭争溝沟"
    "漢汉壓压錯错鄭郑顯显蘭兰劉刘楊杨陳陈張张趙赵黃黄吳吴葉叶"
    "順顺頒颁頁页題题顧顾風风飛飞飯饭馬马駐驻騎骑驗验髮发鬧闹魚鱼鳥鸟鳴鸣麥麦齊齐齒齿龍龙龜龟僅仅偉伟側侧傷伤傾倾儀仪兌兑兩两"
    "凍冻凈净別别劍剑劑剂勢势勻匀賣卖參参嘆叹塊块壞坏壩坝壟垄夢梦夾夹奪夺奮奋婦妇媽妈嬰婴寧宁寶宝寬宽將将尋寻屆届層层岡冈島岛"
    "嶺岭巖岩廟庙廢废彈弹彙汇徹彻恆恒惡恶惱恼悅悦慣惯慮虑懷怀戰战戲戏撲扑擁拥擇择擊击擔担擠挤擬拟攜携敗败敵敌數数斷断晉晋暈晕"
    "曆历曉晓曬晒棄弃棟栋槍枪樂乐樞枢橫横檔档櫃柜歐欧歲岁殺杀殼壳毀毁滄沧漁渔漲涨減减湧涌湯汤滅灭滬沪滯滞滲渗潔洁潛潜潤润澤泽"
    "灑洒烏乌無无煉炼煙烟燈灯燒烧爺爷牆墙狀状獨独獵猎瑣琐畢毕異异當当盡尽盤盘硯砚碼码確确礎础禮礼禍祸禦御離离種种穩稳窮穷競竞"
    "筆笔節节簡简紅红紗纱紙纸純纯紛纷紐纽終终絕绝絲丝綜综緊紧練练縮缩績绩繩绳纜缆羅罗聖圣聰聪肅肃脅胁脈脉腦脑臉脸臨临興兴艙舱"
    "蘆芦蘋苹蟲虫蠻蛮裝装複复褲裤觸触訂订討讨訓训託托記记訴诉診诊評评詞词詩诗詳详誠诚誤误誰谁課课談谈論论諸诸謀谋謂谓譯译讓让"
    "貝贝貢贡販贩貴贵貿贸賀贺賓宾賞赏賦赋賬账賽赛贈赠贊赞趕赶趨趋跡迹踐践軍军軟软較较載载輔辅輪轮轄辖辭辞連连週周過过達达遠远"
    "適适遲迟遺遗邁迈還还釋释鋪铺鍛锻鎖锁鏈链鐘钟鑒鉴閉闭閒闲閘闸閣阁闆板陰阴陸陆隱隐難难雲云霧雾靜静韋韦響响頃顷須须頓顿頻频"
    "顏颜願愿飄飘餘余驅驱騰腾驚惊髒脏魯鲁鳳凤鹽盐麗丽"
    # issue 14, round 12: 編制 of a catalogue (南樂縣政府信息公開目錄編制規范)
    "編编製制"
    # issue 14, round 15: a newsroom's 出爐 (…監測評價報告出爐) and a driving school's 駕駛 (催告公告（…駕駛員培訓…）)
    "爐炉駕驾駛驶"
    # issue 14, round 22: 情況 of a statistic (…居民收入和消費支出情況)
    "況况"
    # issue 14, round 24: 吊銷 and 取締 of an enforcement headline (北京吊銷6家違法網吧許可證 取締黑網吧30家)
    "銷销締缔"
)
_TRAD_MAP: Final = {
    ord(_TRADITIONAL[i]): _TRADITIONAL[i + 1]
    for i in range(0, len(_TRADITIONAL), 2)
    if _TRADITIONAL[i] != _TRADITIONAL[i + 1]
}

# After NFKC, the punctuation that still has several forms. Brackets of every shape become ( ) or [ ];
# quotes become ", dashes -, enumeration commas and full stops their ASCII forms, middle dots ·.
_PUNCTUATION: Final = {
    "【": "[",
    "】": "]",
    "〔": "[",
    "〕": "]",
    "〖": "[",
    "〗": "]",
    "［": "[",
    "］": "]",
    "〈": "《",
    "〉": "》",
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "—": "-",
    "–": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "─": "-",
    "、": ",",
    "，": ",",
    "。": ".",
    "・": "·",
    "•": "·",
    "‧": "·",
    "∙": "·",
    "…": "...",
    "〜": "~",
}

_TABLE: Final[dict[int, str | None]] = {
    **{ord(k): v for k, v in _PUNCTUATION.items()},
    **_TRAD_MAP,
    **{code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)},
}


# Any character the table maps, and any whitespace: most titles have none once NFKC is applied, and a
# character-class search is far cheaper than ``str.translate``.
_NEEDS_MAPPING: Final = re.compile("[" + "".join(re.escape(chr(code)) for code in _TABLE) + r"\s]")


def _one_pass(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    if _NEEDS_MAPPING.search(text) is None:
        return text
    return "".join(text.translate(_TABLE).split())


@lru_cache(maxsize=65536)
def normalize_text(text: str) -> str:
    """Return the canonical form of ``text`` that phrase matching works on (idempotent).

    After one round no mapped character and no whitespace is left, so the text is a fixed point as soon as
    it is NFKC-normal. Removing a space can let NFKC compose a character with a following combining mark;
    only then does the round repeat (exotic input; each repeat shortens the text).
    """
    current = _one_pass(text)
    while not unicodedata.is_normalized("NFKC", current):
        current = _one_pass(current)
    return current


def normalize_many(texts: list[str]) -> list[str]:
    """``[normalize_text(text) for text in texts]`` without the per-call cache (faster for distinct texts)."""
    nfkc = unicodedata.normalize
    needs_mapping = _NEEDS_MAPPING.search
    result: list[str] = []
    append = result.append
    for text in texts:
        once = nfkc("NFKC", text)
        if needs_mapping(once) is not None:
            once = "".join(once.translate(_TABLE).split())
            if not unicodedata.is_normalized("NFKC", once):
                once = normalize_text(text)
        append(once)
    return result


def traditional_map() -> dict[str, str]:
    """The traditional → simplified character table used by :func:`normalize_text` (a copy)."""
    return {chr(k): v for k, v in _TRAD_MAP.items()}
