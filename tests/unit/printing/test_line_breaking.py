"""Chinese line breaking (app/printing/line_breaking.py): 避头尾, codes and dates kept whole, words and company names
broken where they read well; every character kept."""

from __future__ import annotations

import pytest

from app.printing import break_lines, cell_text, wrapped
from app.printing.line_breaking import NO_SPLIT, NOT_AT_END, NOT_AT_START
from app.printing.pages import text_width

SIZE = 9.0


def lines(text: str, chars: float) -> list[str]:
    """``text`` broken to a column ``chars`` Chinese characters wide (a Chinese character is one em)."""
    return break_lines(text, chars * SIZE, SIZE)


CASES = [
    # Company names: after the place name, before 有限公司 / 股份有限公司 / 分公司 / 事务所, never "汇丰源教/育咨询".
    ("汇丰源教育咨询有限公司", 6, ["汇丰源教育", "咨询有限公司"]),
    ("汇丰源教育咨询有限公司", 5, ["汇丰源教育", "咨询", "有限公司"]),
    ("汇丰源教育咨询有限公司", 4, ["汇丰源", "教育咨询", "有限公司"]),
    ("东莞市汇丰源建筑设计有限公司", 7, ["东莞市汇丰源", "建筑设计", "有限公司"]),
    ("北京联合文化传媒有限公司", 6, ["北京联合文化", "传媒有限公司"]),
    ("广州市中科医疗器械有限公司", 8, ["广州市中科医疗", "器械有限公司"]),
    ("深圳市场监督管理局", 4, ["深圳市场", "监督管理", "局"]),
    ("上海博雅律师事务所", 6, ["上海博雅", "律师事务所"]),
    ("华润置地股份有限公司", 6, ["华润置地", "股份有限公司"]),
    ("万科集团深圳分公司", 6, ["万科集团深圳", "分公司"]),
    # Titles: words and a number with its measure word stay together ("2022年客户档案", not "年客/户档案").
    ("2022年客户档案", 4, ["2022年", "客户档案"]),
    ("2022年客户档案", 5, ["2022年", "客户档案"]),
    ("客户档案登记表", 3, ["客户", "档案", "登记表"]),
    ("二次装修申请表", 3, ["二次", "装修", "申请表"]),
    # 避头尾: closing punctuation never starts a line, an opening bracket never ends one (the character before
    # is pushed down with it).
    ("营业执照副本（复印件）", 6, ["营业执照副本", "（复印件）"]),
    ("营业执照副本（复印件）", 7, ["营业执照副本", "（复印件）"]),
    ("请查收，谢谢。", 3, ["请查", "收，谢", "谢。"]),
    ("甲、乙、丙、丁", 3, ["甲、", "乙、", "丙、丁"]),
    ("他说：“好的。”", 4, ["他说：", "“好", "的。”"]),
    ("见《物业管理条例》第三条", 5, ["见《物业", "管理条例》", "第三条"]),
    ("房屋租赁合同（407、408）", 7, ["房屋租赁合同", "（407、408）"]),
    ("收费标准上调5%", 6, ["收费标准上调", "5%"]),
    # 省略号 and 破折号 are never split, nor start a line.
    ("等等……后续再议", 3, ["等", "等……", "后续再", "议"]),
    ("他——就是业主——来了", 4, ["他——就", "是业", "主——来", "了"]),
    # Codes, 档号 and dates stay whole; a year in 〔〕 too.
    ("关于〔2023〕12号文的通知", 5, ["关于", "〔2023〕", "12号文的", "通知"]),
    ("qms-pm-31301", 10, ["qms-pm-31301"]),
    ("qms-pm-31301 客户档案登记表", 7, ["qms-pm-31301", "客户档案登记表"]),
    ("签订日期 2025-03-01 起", 6, ["签订日期", "2025-03-01", "起"]),
    ("英文Company Limited名称", 5, ["英文", "Company", "Limited名", "称"]),
    # A run wider than the line breaks after a hyphen where it can, losing nothing.
    ("qms-pm-31301", 4, ["qms-", "pm-", "31301"]),
    ("X01-2025-D30-0013", 5, ["X01-2025-", "D30-0013"]),
    ("X01-2025-D30-0013", 4, ["X01-", "2025-", "D30-", "0013"]),
    ("自2025-03-01起生效", 5, ["自2025-03-", "01起生效"]),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5, ["ABCDEFGH", "IJKLMNOP", "QRSTUVW", "XYZ012345", "6789"]),
    # Empty text, newlines, spaces.
    ("", 5, [""]),
    ("第一行\n第二行较长的文字", 4, ["第一行", "第二行较", "长的文字"]),
    ("a b c d e f", 1.5, ["a b", "c d", "e f"]),
    ("见【附件一】。", 4, ["见【附件", "一】。"]),
    # A space before closing punctuation or after an opening bracket is no break either.
    ("请查收附件 。谢谢", 5, ["请查收", "附件 。谢", "谢"]),
    ("备注（ 见附件）", 4, ["备注", "（ 见", "附件）"]),
]


@pytest.mark.parametrize(("text", "chars", "expected"), CASES, ids=[f"{t[:12]}@{c}" for t, c, _ in CASES])
def test_lines_break_where_a_typesetter_would(text: str, chars: float, expected: list[str]) -> None:
    assert lines(text, chars) == expected


@pytest.mark.parametrize(("text", "chars", "expected"), CASES, ids=[f"{t[:12]}@{c}" for t, c, _ in CASES])
def test_no_line_breaks_a_rule_and_nothing_is_lost(text: str, chars: float, expected: list[str]) -> None:
    result = wrapped(text, chars * SIZE, SIZE)
    for n, line in enumerate(result.lines):
        if n > 0 and line:
            assert line[0] not in NOT_AT_START, result.lines
        if n < len(result.lines) - 1 and line:
            assert line[-1] not in NOT_AT_END, result.lines
        assert text_width(line) <= chars + 1e-6, line
    for a, b in zip(result.lines, result.lines[1:], strict=False):
        assert not (a and b and a[-1] in NO_SPLIT and b[0] == a[-1])
    # Only the spaces a line was broken at go.
    assert "".join(result.lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_a_line_that_fits_is_left_alone() -> None:
    assert lines("房屋租赁合同（101）", 20) == ["房屋租赁合同（101）"]


def test_a_group_wider_than_the_line_breaks_inside_its_number_not_before_the_bracket() -> None:
    """〔2023〕 is 4.2 em: in a 4 em column something must give; the year, not 避头尾."""
    result = wrapped("关于〔2023〕12号文的通知", 4 * SIZE, SIZE)
    assert result.forced
    assert all(not line or line[0] not in NOT_AT_START for line in result.lines[1:])
    assert "".join(result.lines) == "关于〔2023〕12号文的通知"


def test_a_code_that_fits_is_not_reported_as_forced() -> None:
    assert not wrapped("qms-pm-31301 客户档案登记表", 7 * SIZE, SIZE).forced
    assert wrapped("X01-2025-D30-0013", 4 * SIZE, SIZE).forced


def test_a_cell_is_its_lines_joined() -> None:
    assert cell_text("汇丰源教育咨询有限公司", 6 * SIZE + 6) == "汇丰源教育\n咨询有限公司"
