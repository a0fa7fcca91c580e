"""Chinese line breaking for every printout: where a line of text may end, and where it had better end.

The rules, from GB/T 15834-2011 (标点符号用法, 5.1) and the W3C "Requirements for Chinese Text Layout" (clreq,
3.1.7 and appendix A's character classes):

- 避头尾: closing punctuation (句号、逗号、顿号、分号、冒号、问号、叹号, the closing half of brackets, quotes and
  书名号, 间隔号, 连接号, % ‰ ° …) never starts a line; the opening half of brackets, quotes and 书名号 never ends
  one. Where the break would fall there, the character before is pushed down with it (推出). We never hang
  punctuation past the edge (悬挂): every line here ends at a ruled cell border or a cutting line, where
  hanging ink would touch the rule. Only when nothing but such a group fills a whole line is it broken anyway,
  losing nothing.
- 破折号 —— and 省略号 …… are never split.
- A run of Latin letters and digits joined by - . / _ : (a document code ``qms-pm-31301``, a 档号
  ``X01-2025-D30-0013``, a date ``2025-03-01``, the year in ``〔2023〕12号``) is one unit; only a run wider
  than a whole line is broken, after a hyphen (or other joiner) where one falls past the first third of the
  line, else between characters.
- Chinese words: a cheap and honest list, not a segmenter. Two-character words seen in the app's titles and
  company names (客户, 档案, 合同, 教育, 咨询 …) and a number with its measure word (2022年, 12号) are not
  broken unless nothing else fits; a company name prefers to break after a place name (a word ending in
  省/市/区/县, or a common city name) or before 有限公司/股份有限公司/集团/分公司/事务所. A segmenter (jieba)
  would know more words, but loads a 5 MB dictionary at start-up and segments in pure Python at a few
  hundred kB/s, and UAX #14 (uniseg, ICU) allows a break between any two ideographs, which is exactly the
  problem: neither gives more than this for titles and company names.

``wrap`` works on widths at 1 pt (the embedded font has no kerning, so a line's width is the sum of its
characters'); callers keep a fast path for text that fits on one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Never at the start of a line (clreq: closing brackets, full stops, commas, middle dots, hyphens, postfix
# abbreviations; plus their half-width forms, which the titles typed at the desk often use).
NOT_AT_START = frozenset(
    "，。、；：？！）》」』】〉〕〗〙〛｝］’”〞…‥·・—～－%‰℃°′″,.;:?!)]}>︰︱︳︴︶︸︺︼︾﹀﹂﹄﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
)
# Never at the end of a line: the opening half of brackets, quotes and 书名号 (clreq: opening brackets).
NOT_AT_END = frozenset("（《「『【〈〔〖〘〚｛［‘“〝([{<︵︷︹︻︽︿﹁﹃﹙﹛﹝")
# Marks that take two character places and are never split (GB/T 15834: 破折号, 省略号).
NO_SPLIT = frozenset("—…‥")

# A run of letters and digits joined by - . / _ : (codes, dates, 档号), a run of spaces, or one other character.
UNIT = re.compile(r"[0-9A-Za-z]+(?:[-./_:][0-9A-Za-z]+)*[-./_:]?|[ \t\u3000]+|.", re.S)
JOINERS = frozenset("-./_:")

# Break priorities between two units: higher is better.
FORBIDDEN, POOR, NORMAL, GOOD = 0, 1, 2, 3

# Two-character words of the app's titles, notes and company names: a break inside one reads badly ("年客/户档案").
_WORD_LIST = """
    客户 档案 合同 装修 申请 协议 租赁 房屋 物业 管理 服务 登记 备案 变更 通知 确认 记录 资料 证明 复印 营业 执照 身份
    证件 授权 委托 公司 有限 股份 集团 教育 咨询 科技 贸易 发展 投资 商务 文化 传媒 信息 技术 网络 餐饮 实业 建设
    工程 设计 健康 医疗 器械 电子 商贸 置业 酒店 广告 建筑 律师 会计 事务 物流 保险 代理 联络 紧急 押金 收据 施工
    图纸 竣工 验收 门锁 更换 违规 整改 来函 停车 事宜 钥匙 托管 水牌 制作 车位 电话 安装 缴费 调整 投诉 处理 卫生
    漏水 报修 退租 交接 员工 离职 空调 制冷 加班 噪音 法定 代表 副本 正本 原件 附件 补充 续租 终止 解除 入驻 进场
    退场 装饰 消防 安全 检查 整理 说明 目录 封面 年度 期限 永久 销毁 移交 清单 审批 鉴定 借阅 归还 案卷 文件 题名
    日期 页数 件数 备注 备考 盒号 全宗 楼层 单位 租户 业主 押金 发票 收费 标准 面积 用途 期满 延长 保管 备用 系统
    """
WORDS = frozenset(_WORD_LIST.split())
# Place names a company name may break after even without 市/省 ("北京/联合文化传媒有限公司").
_CITY_LIST = (
    "北京 上海 天津 重庆 广州 深圳 东莞 佛山 珠海 中山 惠州 江门 杭州 宁波 温州 南京 苏州 无锡 常州 武汉 长沙 成都 西安"
    " 郑州 济南 青岛 厦门 福州 合肥 南昌 昆明 贵阳 南宁 海口 沈阳 大连 长春 哈尔滨 石家庄 太原 香港 澳门 台北"
)
CITIES = _CITY_LIST.split()
PLACE_SUFFIXES = "省市区县"
# Words starting with a place suffix: "深圳市场" is not "深圳市/场"; "市区" is not a place name's end.
NOT_PLACE_AFTER = frozenset("场政民区容级委")
# A company name breaks well before these (longest first, so 股份有限公司 wins over 有限公司).
COMPANY_TAILS = ("股份有限公司", "有限责任公司", "律师事务所", "会计师事务所", "有限公司", "分公司", "事务所", "集团")
# Every place a listed word starts, overlapping ones too (a lookahead matches nothing, so the search moves on by one).
WORD_AT = re.compile("(?=" + "|".join(sorted(WORDS)) + ")")
CITY = re.compile("|".join(CITIES))
COMPANY_TAIL = re.compile("|".join(COMPANY_TAILS))
# Measure words that belong with the number before them (2022年, 12号, 3页, 101室).
MEASURES = frozenset("年月日号页件卷盒层室楼座栋期元份张个次天岁")


@dataclass(frozen=True)
class Wrapped:
    lines: list[str]
    forced: bool  # a unit wider than the line, or a group that may not be broken, was broken all the same


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def units(paragraph: str) -> list[str]:
    """The pieces a line is made of: a Latin run, a run of spaces, or one character."""
    return UNIT.findall(paragraph)


def priorities(parts: list[str]) -> list[int]:
    """How good a break before each part is (index 0 unused): the rules of the module docstring."""
    n = len(parts)
    prio = [NORMAL] * n
    if n == 0:
        return prio
    prio[0] = FORBIDDEN
    text = "".join(parts)
    # Where each part starts in ``text``: the word rules look at characters, the break is between parts.
    starts: list[int] = []
    at = 0
    for part in parts:
        starts.append(at)
        at += len(part)
    part_at = {s: k for k, s in enumerate(starts)}

    def set_before(offset: int, value: int, *, only_lower: bool = False) -> None:
        k = part_at.get(offset)
        if k is not None and k > 0 and (not only_lower or value < prio[k]):
            prio[k] = value

    # Place names and company tails first; words may then say "not here" (深圳市场).
    for k, part in enumerate(parts):
        if part in PLACE_SUFFIXES and k > 0 and _is_han(parts[k - 1]):
            following = parts[k + 1] if k + 1 < n else ""
            if following and _is_han(following) and following not in NOT_PLACE_AFTER:
                prio[k + 1] = GOOD
    for m in CITY.finditer(text):
        end = m.end()
        if end < len(text) and _is_han(text[end]) and text[end] not in PLACE_SUFFIXES:
            set_before(end, GOOD)
    for m in COMPANY_TAIL.finditer(text):
        if m.start() > 0 and _is_han(text[m.start() - 1]):
            set_before(m.start(), GOOD)
        for inside in range(m.start() + 1, m.end()):
            set_before(inside, POOR)
    for m in WORD_AT.finditer(text):
        set_before(m.start() + 1, POOR, only_lower=True)

    for k in range(1, n):
        before, part = parts[k - 1], parts[k]
        if part.isspace():
            # A space is a break (the space itself is dropped at the line's end), unless the rules forbid one
            # there anyway: "请查收 。" must not start a line with the full stop either.
            after = parts[k + 1][0] if k + 1 < n else ""
            prio[k] = FORBIDDEN if before[-1] in NOT_AT_END or after in NOT_AT_START else GOOD
            continue
        if before.isspace():
            prio[k] = FORBIDDEN  # break before the space, not after it
            continue
        first, last = part[0], before[-1]
        if first in NOT_AT_START or last in NOT_AT_END or (first in NO_SPLIT and last == first):
            prio[k] = FORBIDDEN
        elif last.isdigit() and first in MEASURES:
            prio[k] = min(prio[k], POOR)
    return prio


def _unit_split_points(unit: str) -> tuple[int, ...]:
    """Offsets after a joiner inside a Latin run: where a run wider than the line had better break."""
    return tuple(i + 1 for i, ch in enumerate(unit[:-1]) if ch in JOINERS)


def _split_wide(unit: str, limit: float, width: Callable[[str], float]) -> list[str]:
    """A Latin run wider than ``limit`` in pieces that each fit: after a joiner where one falls past the first
    third of the piece, else where the line is full."""
    pieces: list[str] = []
    rest = unit
    while rest and width(rest) > limit:
        used, cut = 0.0, 0
        for i, ch in enumerate(rest):
            used += width(ch)
            if used > limit and i > 0:
                cut = i
                break
        else:
            cut = len(rest)
        joins = [p for p in _unit_split_points(rest) if p <= cut and width(rest[:p]) >= limit / 3]
        cut = joins[-1] if joins else max(cut, 1)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap(text: str, limit: float, width: Callable[[str], float]) -> Wrapped:
    """Break ``text`` into lines no wider than ``limit`` (as ``width`` measures), keeping every character.

    Spaces at a break are dropped; a newline always breaks. Each line is filled as far as it goes, then ended
    at the best break inside it: a good one (after a place name, before 有限公司, at a space) if the line stays
    at least 60 % full, else the last allowed one leaving it half full, else a good one leaving it 30 % full,
    else the last one inside a word leaving it half full, else the last allowed at all. A group that may not
    be broken but is wider than a line is broken inside its code or number (``forced``), never before a
    closing mark.
    """
    lines: list[str] = []
    forced = False
    for paragraph in text.split("\n"):
        parts = units(paragraph)
        if not parts:
            lines.append("")
            continue
        prio = priorities(parts)
        widths = [width(p) for p in parts]
        changed = False
        exploded = _explode_wide_groups(parts, prio, widths, limit)
        if exploded is not None:
            changed, parts = True, exploded
            widths = [width(p) for p in parts]
        if any(w > limit and len(p) > 1 and not p.isspace() for p, w in zip(parts, widths, strict=True)):
            changed = True
            parts = [piece for p in parts for piece in (_split_wide(p, limit, width) if len(p) > 1 else [p])]
        if changed:
            forced = True
            prio = priorities(parts)
            widths = [width(p) for p in parts]
        start, n = 0, len(parts)
        while start < n:
            if start > 0 and parts[start].isspace():
                start += 1  # the space a line was broken at is not carried to the next line
                continue
            used, k = 0.0, start
            while k < n and (k == start or used + widths[k] <= limit + 1e-9):
                used += widths[k]
                k += 1
            if k == n:
                lines.append("".join(parts[start:]).rstrip())
                break
            cut, ok = _choose(start, k, prio, widths, parts, limit)
            forced = forced or not ok
            lines.append("".join(parts[start:cut]).rstrip())
            start = cut
    return Wrapped(lines, forced)


def _explode_wide_groups(parts: list[str], prio: list[int], widths: list[float], limit: float) -> list[str] | None:
    """Parts again, with the Latin runs of any unbreakable group wider than a line ("〔2023〕" in a column
    four characters wide) cut into characters, or None when every group fits.

    Such a group must break somewhere; inside its code or number it breaks no punctuation rule, whereas at
    its ends a closing bracket would start a line.
    """
    result: list[str] = []
    changed = False
    k, n = 0, len(parts)
    while k < n:
        end = k + 1
        while end < n and prio[end] == FORBIDDEN:
            end += 1
        group = parts[k:end]
        if end - k > 1 and sum(widths[k:end]) > limit:
            for part in group:
                if len(part) > 1 and not part.isspace():
                    result += list(part)
                    changed = True
                else:
                    result.append(part)
        else:
            result += group
        k = end
    return result if changed else None


def _choose(
    start: int, over: int, prio: list[int], widths: list[float], parts: list[str], limit: float
) -> tuple[int, bool]:
    """Where to end the line that holds parts ``start`` … ``over - 1`` (part ``over`` does not fit)."""
    fill: dict[int, float] = {}
    used = 0.0
    for k in range(start, over):
        used += widths[k]
        # The line's width if it ends before part k + 1: trailing spaces are dropped.
        fill[k + 1] = used if not parts[k].isspace() else fill.get(k, 0.0)
    candidates = [k for k in range(start + 1, over + 1) if prio[k] > FORBIDDEN]
    tiers = ((GOOD, 0.6), (NORMAL, 0.5), (GOOD, 0.3), (POOR, 0.5), (NORMAL, 0.0), (POOR, 0.0))
    for wanted, share in tiers:
        found = [k for k in candidates if prio[k] >= wanted and fill[k] >= share * limit]
        if found:
            return found[-1], True
    return over, False  # nothing allowed fits: break where the line is full, keeping every character


def good_breaks(text: str) -> frozenset[int]:
    """Offsets in ``text`` where a break reads best (after a place name, before 有限公司, at a space): a label
    that has room to choose among several line widths picks the one whose lines end there."""
    parts = units(text)
    prio = priorities(parts)
    offsets: set[int] = set()
    at = 0
    for part, p in zip(parts, prio, strict=True):
        if p == GOOD:
            offsets.add(at)
        at += len(part)
    return frozenset(offsets)
