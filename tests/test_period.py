"""How far into the year a report goes (period.py): tables of real title
phrases, and properties over every month written every way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progress_nlp.normalize import normalize, to_fullwidth
from progress_nlp.period import month_of, opens_with_period, period_end, published_month, stated_month, year_of

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@pytest.mark.parametrize("text, month", [
    ("岳阳楼区2019年1-7月省市重点民生实事项目完成情况", 7),
    ("截至9月底,全市民生实事项目", 9),
    ("截至今年1月止,执行率达100%", 1),  # 今年 between 截至 and the month
    ("【进展情况】2023年3月份暖民心行动各县区进展情况表", 3),  # 年 then 月份: the period
    ("丰都县2026年两会民生实事解读活动(2025年十大民生实事全部完成)", 12),  # a year's programme all done
    ("确保2024年十件民生实事全部完成", None),  # a plan
    ("【喜迎2025市两会】2024年某市十件民生实事盘点", 12),  # the year looked back on
    ("2023年度民生实事项目成绩单", 12),
    ("2024年民生实事项目进展", None),  # no account of the whole year
    ("2023年3月民生实事简报", None),  # 年 then 月 alone may be a date
    ("截至今年5月15日", 4.5),
    ("2022年度市县民生实事未完成项目进度表(截至10月31日)", 10),
    ("截至5月15日", 4.5),
    ("2025年普陀区为民办实事项目一季度进展情况", 3),
    ("前三季度我市民生实事加快推进", 9),
    ("上半年民生实事进展", 6),
    ("乐清市2022年度省市县三级民生实事项目完成情况通报", 12),
    ("2022年度民生实事项目完成情况(1-6月)", 6),
    ("1—8月份重点项目进展", 8),
    ("发布日期:2022-12-14", None),
])
def test_month_of(text, month):
    assert month_of(text) == month


# In a column header the year before a month is the period's; in a title
# or text a year-month is as likely a date (发布于2023年5月).
@pytest.mark.parametrize("header, month", [
    ("2018年7月进展情况", 7),
    ("2018年7月完成投资", 7),
    ("8月份目标", 8),
    ("2022年1-10月推进情况", 10),
    ("占全年计划", None),
])
def test_month_of_a_header(header, month):
    assert month_of(header, header=True) == month


@given(st.integers(2000, 2030), st.integers(1, 12), st.sampled_from(["进展情况", "完成投资", "推进情况"]))
def test_a_headers_year_never_hides_its_month(year, month, word):
    assert month_of(f"{year}年{month}月{word}", header=True) == month


@given(st.integers(1, 4), st.sampled_from(["{q}季度", "第{q}季度", "{c}季度", "第{c}季度", "1-{q}季度"]),
       st.sampled_from(["目标任务", "进展情况", "完成状况"]), st.booleans())
def test_a_quarter_in_digits_or_words_ends_at_its_last_month(q, form, word, wide):
    period = form.format(q=q, c="一二三四"[q - 1])
    header = to_fullwidth(period) if wide else period
    assert month_of(header + word, header=True) == 3 * q


@pytest.mark.parametrize("text", ["确保9月底完工", "力争年底前建成", "完成全年目标任务", "计划12月完成",
                                  "计划在今年的第四季度完成", "预计三季度完工", "力争下半年建成"])
def test_deadlines_are_no_period_in_running_text(text):
    assert month_of(text, strict=True) is None


@pytest.mark.parametrize("text, found", [
    ("发布日期:2022-12-14", (2022, 12)),
    ("发布时间:2023年7月5日", (2023, 7)),
    ("# source: https://news.example.cn/fzxw/20230705/x.shtml", (2023, 7)),
    ("http://www.example.gov.cn/art/2018/6/27/art_1229610.html", None),  # no two-digit month after the year
    ("http://www.example.gov.cn/xxgk/202206/t20220630_1.html", (2022, 6)),
    # An article number is no date (it gave the year 2079).
    ("# source: http://akxw.cn/news/ankang/akzh/207964.html", None),
    ("http://example.cn/c/2020-01-09/529464.shtml", (2020, 1)),
    ("2011年1月5日 16:01", (2011, 1)),      # a news stamp with the date in words
    ("于2011年1月5日完成", None),            # a date in the text, no time: no stamp
    ("2021/10/14 05:30", (2021, 10)),        # a news stamp with slashes
    ("2021/10/14", None),                    # a date alone is no stamp
    ("来源:市政府办督查室 时间:2023-04-12", (2023, 4)),  # 时间: opening a stretch of the page's header
    ("日期:2023年5月6日", (2023, 5)),
    ("完成时间:2023-12-31", None),            # a deadline, not when the page came out
])
def test_published_month(text, found):
    assert published_month(text) == found


@given(st.integers(1, 12), st.sampled_from(["1-{}月", "1至{}月", "截至{}月底", "截止{}月末", "{}月底", "1—{}月份"]),
       st.booleans(), st.booleans())
def test_every_month_every_way(month, pattern, chinese, fullwidth):
    """A period end reads the same in Arabic or Chinese numerals, half- or
    full-width. (A bare 9月底 counts only before a break: 确保9月底完工 is a
    deadline.)"""
    numeral = CN[month - 1] if chinese else str(month)
    text = "2022年" + pattern.format(numeral) + ",民生实事项目进展顺利"
    if fullwidth:
        text = to_fullwidth(text)
    assert month_of(text) == month
    assert month_of(text, strict=True) == month


@given(st.integers(1990, 2099), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["{y}{m:02d}{d:02d}", "{y}-{m:02d}/{d:02d}", "{y}{m:02d}"]))
def test_dated_addresses(year, month, day, shape):
    url = "http://news.example.cn/a/" + shape.format(y=year, m=month, d=day) + "/x.shtml"
    assert published_month(url) == (year, month)


@given(st.integers(1990, 2099))
def test_year_of(year):
    assert year_of(f"{year}年区政府实事项目8月份进展情况") == year
    assert year_of(to_fullwidth(f"{year}年")) == year


def test_period_words_come_from_the_lexicon(tmp_path):
    from progress_nlp import load_lexicon
    lex = load_lexicon()
    assert ("前三季度", 9, False) in lex.periods and ("全年", 12, True) in lex.periods
    assert month_of("2024年民生实事项目前三季度进展", lexicon=lex) == 9
    (tmp_path / "periods.txt").write_text("头两个月\t2\n", encoding="utf-8")
    assert month_of("2024年民生实事头两个月进展", lexicon=load_lexicon(tmp_path)) == 2
    assert month_of("2024年民生实事头两个月进展") is None
    (tmp_path / "periods.txt").write_text("头两个月\t13\n", encoding="utf-8")
    with pytest.raises(Exception, match="month must be"):
        load_lexicon(tmp_path)


def test_load_report_reads_the_period_with_its_lexicon(tmp_path):
    import io
    from progress_nlp import load_lexicon, load_report
    (tmp_path / "periods.txt").write_text("头两个月\t2\n", encoding="utf-8")
    text = "2024年民生实事项目头两个月进展情况\n序号 | 项目内容 | 牵头单位 | 进展情况\n1 | 新建口袋公园5个 | 区绿化局 | 已建成1个\n"
    assert load_report(io.StringIO(text), lexicon=load_lexicon(tmp_path)).month == 2
    assert load_report(io.StringIO(text)).month is None


# The period a progress text opens a clause with: its figures are counted to it.
@pytest.mark.parametrize("text, month", [
    ("1-12月份共发放补贴资金12.3万元,补贴人数55人。", 12),
    ("截至8月底,全市已完成通村公路136.9公里", 8),
    ("2022年1-10月,完成投资8.2亿元", 10),
    ("已完成投资3亿元;1至9月完成投资2亿元", 9),
    ("目前已完成80%。截至5月15日,累计完成120户", 4.5),
    ("截至9月底,完成60%;截至10月15日,完成70%", 9.5),   # the latest
    # a deadline, a plan or a period in mid-clause is none
    ("计划1-9月完成", None),
    ("截至9月底前完成招标", None),
    ("确保9月底完工", None),
    ("已完成1-6月任务", None),
    ("截至目前已完成80%", None),
])
def test_stated_month(text, month):
    assert stated_month(text) == month


@given(st.integers(1, 12), st.sampled_from(["1-{}月", "1至{}月", "截至{}月底", "截止{}月末", "1—{}月份"]),
       st.sampled_from(["", "今年", "2021年"]), st.booleans())
def test_a_stated_period_opening_any_clause_reads_the_same(month, pattern, lead, fullwidth):
    text = f"新建公厕5座,已完成3座;{lead}{pattern.format(month)},累计发放补贴12万元"
    if fullwidth:
        text = to_fullwidth(text)
    assert stated_month(text) == month


# The period a sentence opens with (the prose reader's rule: a sentence that
# opens with it starts the progress): spans, ends, parts of the year.
@pytest.mark.parametrize("text, opens", [
    ("1-11月固定资产投资同比增长6.3%", True),
    ("截至9月底,已完工22个", True),
    ("截至5月15日,累计完成120户", True),
    ("上半年地区生产总值增长7.5%", True),
    ("前三季度完成投资", True),
    ("今年以来,新增就业1200人", True),
    ("2023年1-6月新增床位120张", True),
    # 至 before a month is a period as a clause of its own
    ("至9月底,开工建设160个", True),
    ("到6月末,累计完成投资3亿元", True),
    # a deadline or a plan opens no period reported
    ("年底前完成", False),
    ("全年新增236张", False),
    ("9月底前完成招标", False),
    ("至9月完成", False),
    ("新增养老床位120张", False),
])
def test_opens_with_period(text, opens):
    assert opens_with_period(normalize(text)) is opens


@given(st.sampled_from(["1-8月", "截至8月底", "上半年", "三季度"]), st.integers(2000, 2030), st.text(alphabet="新增完成床位个", max_size=8))
def test_a_year_before_the_period_changes_nothing(period, year, rest):
    text = normalize(period + rest)
    assert opens_with_period(text) and opens_with_period(normalize(f"{year}年") + text)
    # positions are the caller's: the same text further on
    assert opens_with_period("标题。" + text, 3)


@given(st.sampled_from(["至", "到"]), st.integers(1, 12), st.sampled_from(["", "底", "末", "份"]))
def test_a_month_after_zhi_is_a_period_only_as_a_clause_of_its_own(word, month, end):
    # 至9月底,开工… reports up to then; 至9月底完成… is a deadline.
    head = f"{word}{month}月{end}"
    assert opens_with_period(normalize(head + ",开工建设160个"))
    assert period_end(normalize(head + ",开工建设160个")) == len(head)
    assert not opens_with_period(normalize(head + "完成招标"))


@pytest.mark.parametrize("text, start, period", [
    ("基础设施工程项目1-2月累计完成投资9.5亿元", 8, "1-2月"),
    ("基础设施工程项目1—8月份累计完成投资", 8, "1—8月份"),
    ("某工程截至9月底已完工", 3, "截至9月底"),
    ("某工程上半年完成投资", 3, "上半年"),
    ("某工程今年以来完成投资", 3, "今年以来"),
])
def test_period_end(text, start, period):
    t = normalize(text)
    assert t[start : period_end(t, start)] == normalize(period)


# The year's task said done, even in a title (提前超额完成全年任务), names no
# period: the period is found elsewhere (前三季度 in the text).
@pytest.mark.parametrize("title, month", [
    ("山东省棚户区改造提前超额完成全年任务", None),
    ("前三季度超额完成全年任务", 9),
    ("全年民生实事项目完成情况", 12),
    ("2022年全年民生实事完成情况", 12),
])
def test_the_years_task_done_names_no_period(title, month):
    assert month_of(title) == month


@given(st.sampled_from(["上半年", "一季度", "第三季度", "前三季度"]),
       st.sampled_from(["计划在今年的{p}完成", "预计{p}完工", "确保{p}建成", "力争{p}内完成"]),
       st.sampled_from(["", "目前已完成近70%。", "该项目进展顺利。"]))
def test_property_a_period_word_saying_when_work_is_due_is_no_period(period, due, said):
    # 计划在第四季度完成 said of one project is its deadline, not the report's period…
    assert month_of(said + due.format(p=period) + "。", strict=True) is None
    # …while the same word opening a clause of progress is
    assert month_of(f"{period},全市完成投资3亿元。" + due.format(p=period), strict=True) is not None
