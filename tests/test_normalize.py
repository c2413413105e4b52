"""Traditional → simplified (``to_simplified``) and the one-pass ``normalize``.

The table is generated from OpenCC by ``tools/gen_t2s.py``. What must hold
whatever the table holds:

- lengths never change, character ``i`` of the output comes from character
  ``i`` of the input (spans stay valid);
- converting twice is converting once; simplified text does not change, and
  in particular no character of the shipped lexicons does (a lexicon word
  the table rewrote would stop matching converted text);
- ``normalize`` is exactly ``to_simplified(to_halfwidth(s))``;
- the committed ``_t2s_table.py`` is what the generator writes today.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from progress_nlp._t2s_table import SIMPLIFIED, TRADITIONAL
from progress_nlp.lexicon import _default_dir
from progress_nlp.normalize import normalize, to_fullwidth, to_halfwidth, to_simplified

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "tools" / "gen_t2s.py"
OPENCC_DIR = ROOT / "tools" / "opencc"

# Rows in the style of a district's 实事项目 progress table, as a Hong Kong,
# Macao or Taiwan office (or a scanned-then-converted mainland one) writes
# them, with the simplified text a mainland office would have written.
PHRASES = [
    ("項目進展情況", "项目进展情况"),
    ("牽頭單位：市住房和城鄉建設委員會", "牵头单位：市住房和城乡建设委员会"),
    ("責任單位：區衛生健康委", "责任单位：区卫生健康委"),
    ("累計完成投資3500萬元", "累计完成投资3500万元"),
    ("總投資1.2億元，已完成年度計劃的60%", "总投资1.2亿元，已完成年度计划的60%"),
    ("已完成竣工驗收", "已完成竣工验收"),
    ("因疫情防控暫停施工", "因疫情防控暂停施工"),
    ("一度停工，現已復工", "一度停工，现已复工"),
    ("待疫情平穩後恢復施工", "待疫情平稳后恢复施工"),
    ("新增停車泊位1200個", "新增停车泊位1200个"),
    ("改造老舊小區35個", "改造老旧小区35个"),
    ("完成道路整治15條", "完成道路整治15条"),
    ("開通公交線路6條", "开通公交线路6条"),
    ("加裝電梯81臺，已完工52台", "加装电梯81台，已完工52台"),
    ("整治積水點12處", "整治积水点12处"),
    ("共10項實事項目，已完成8項", "共10项实事项目，已完成8项"),
    ("進度滯後，正在協調解決", "进度滞后，正在协调解决"),
    ("已開工建設", "已开工建设"),
    ("正在開展招標工作", "正在开展招标工作"),
    ("設備採購已完成", "设备采购已完成"),
    ("完成施工圖設計", "完成施工图设计"),
    ("初步設計已獲批復", "初步设计已获批复"),
    ("預計10月底前完工", "预计10月底前完工"),
    ("按計劃有序推進", "按计划有序推进"),
    ("完成率達到85%", "完成率达到85%"),
    ("年度計劃完成率為120%", "年度计划完成率为120%"),
    ("經費未下發，項目暫緩實施", "经费未下发，项目暂缓实施"),
    ("超額完成年度目標任務", "超额完成年度目标任务"),
    ("達到時間進度要求", "达到时间进度要求"),
    ("未達到時間進度", "未达到时间进度"),
    ("完成全年任務的65%", "完成全年任务的65%"),
    ("完成工程量的80%", "完成工程量的80%"),
    ("已完成主體結構封頂", "已完成主体结构封顶"),
    ("前期手續辦理中", "前期手续办理中"),
    ("可行性研究報告已上報", "可行性研究报告已上报"),
    ("受徵地拆遷影響，工程進度緩慢", "受征地拆迁影响，工程进度缓慢"),
    ("正在進行方案徵詢", "正在进行方案征询"),
    ("受颱風影響停工三天", "受台风影响停工三天"),
    ("新增綠地面積12.5萬平方米", "新增绿地面积12.5万平方米"),
    ("鋪設供水管網30公里", "铺设供水管网30公里"),
    ("建成5G基站1500個", "建成5G基站1500个"),
    ("新建養老服務驛站8家", "新建养老服务驿站8家"),
    ("新建幼兒園2所，新增學位1080個", "新建幼儿园2所，新增学位1080个"),
    ("改擴建學校3所", "改扩建学校3所"),
    ("發放消費券2000萬元", "发放消费券2000万元"),
    ("幫扶困難群眾3200人", "帮扶困难群众3200人"),
    ("培訓農村勞動力5000人次", "培训农村劳动力5000人次"),
    ("累計受益群眾逾10萬人", "累计受益群众逾10万人"),
    ("舊區改造簽約率達99.5%，已簽約1000戶", "旧区改造签约率达99.5%，已签约1000户"),
    ("資金已撥付到位", "资金已拨付到位"),
    ("監理單位已進場", "监理单位已进场"),
    ("督促施工單位加快進度", "督促施工单位加快进度"),
    ("位於長寧區的項目已於6月開工", "位于长宁区的项目已于6月开工"),
    ("實現轄區全覆蓋", "实现辖区全覆盖"),
    ("垃圾分類達標小區佔比90%", "垃圾分类达标小区占比90%"),
    ("農貿市場標準化改造", "农贸市场标准化改造"),
]


# Escaped CJK makes unreadable test ids; a failure prints both strings anyway.
@pytest.mark.parametrize("traditional, simplified", PHRASES,
                         ids=[f"phrase{i:02d}" for i in range(len(PHRASES))])
def test_progress_report_phrases(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified
    assert to_simplified(simplified) == simplified
    assert normalize(to_fullwidth("12") + traditional) == "12" + to_halfwidth(simplified)


@pytest.mark.parametrize("text, expected", [
    ("累計新增１２個", "累计新增12个"),
    ("完成率８５％　滯後", "完成率85% 滞后"),
    ("總投資１．２億元（含配套）", "总投资1.2亿元(含配套)"),
    ("　", " "),
    ("", ""),
    # small form variants punctuate like their twins: 完成率达372.7%﹔养老…
    ("完成率達372.7%﹔養老幫困方面﹐新增床位﹑護理員﹖", "完成率达372.7%;养老帮困方面,新增床位、护理员?"),
])
def test_normalize_examples(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_keeps_width_behaviour() -> None:
    width_forms = "".join(map(chr, range(0xFF01, 0xFF5F))) + "\u3000" + "".join(map(chr, range(0xFE50, 0xFE6C)))
    assert normalize(width_forms) == to_halfwidth(width_forms)


def test_table_shape() -> None:
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL))
    assert not set(TRADITIONAL) & set(SIMPLIFIED)


def test_package_import_does_not_load_the_table() -> None:
    # The table is for the minority of reports that are traditional; a plain
    # `import progress_nlp` must not pay for building it.
    code = "import sys, progress_nlp; sys.exit('progress_nlp._t2s_table' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- properties -------------------------------------------------------------


def _lexicon_chars() -> dict[str, str]:
    """Each non-ASCII character of the lexicon words -> a word holding it.

    Comments are left out the way the lexicon loader leaves them out (a
    ``#`` line, or from ``#`` to the end of a line).
    """
    found: dict[str, str] = {}
    for path in sorted(_default_dir().glob("*.txt")):
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if raw.lstrip().startswith("#"):
                continue
            for word in raw.split("#", 1)[0].split():
                for ch in word:
                    if not ch.isascii():
                        found.setdefault(ch, f"{path.name}:{lineno}: {word}")
    return found


LEXICON_CHARS = _lexicon_chars()
SIMPLIFIED_POOL = sorted(LEXICON_CHARS) + list("0123456789.%，。、；：（）")
WIDTH_FORMS = [chr(cp) for cp in range(0xFF01, 0xFF5F)] + ["\u3000"]

# Characters the conversion touches, their images, width forms and anything.
mixed_text = st.text(alphabet=st.one_of(
    st.sampled_from(TRADITIONAL),
    st.sampled_from(SIMPLIFIED),
    st.sampled_from(WIDTH_FORMS),
    st.characters(),
))
simplified_text = st.text(alphabet=st.sampled_from(SIMPLIFIED_POOL))


def test_lexicon_words_are_fixed_points() -> None:
    assert len(LEXICON_CHARS) > 100, "the lexicons were not found or not read"
    changed = {ch: (to_simplified(ch), where) for ch, where in LEXICON_CHARS.items()
               if to_simplified(ch) != ch}
    assert not changed, f"the table would rewrite lexicon characters: {changed}"


@given(mixed_text)
@example("\U0002a6a5\u3000萬\uff10")
@example("计画")  # found by CI: normalize's word fix (計畫 → 计划) reads two characters
def test_length_and_positions_are_kept(s: str) -> None:
    for convert in (to_simplified, normalize):
        out = convert(s)
        assert len(out) == len(s)
        expected = "".join(convert(ch) for ch in s)
        if convert is normalize:
            # The one word fix normalize documents, position for position.
            expected = expected.replace("计画", "计划").replace("规画", "规划")
        assert expected == out


@given(mixed_text)
def test_idempotent(s: str) -> None:
    once = to_simplified(s)
    assert to_simplified(once) == once
    assert normalize(normalize(s)) == normalize(s)


@given(simplified_text)
def test_simplified_text_is_unchanged(s: str) -> None:
    assert to_simplified(s) == s
    assert normalize(s) == to_halfwidth(s)


def _word_fix(s: str) -> str:
    """The one word fix normalize documents (計畫 → 计划, 規畫 → 规划)."""
    return s.replace("计画", "计划").replace("规画", "规划")


@given(mixed_text)
@example("规画")  # found by the long profile: the word fix is part of normalize
def test_normalize_is_halfwidth_then_simplified(s: str) -> None:
    assert normalize(s) == _word_fix(to_simplified(to_halfwidth(s)))
    assert normalize(s) == _word_fix(to_halfwidth(to_simplified(s)))


# --- the generator ----------------------------------------------------------

needs_tools = pytest.mark.skipif(
    not GENERATOR.is_file(),
    reason="tools/gen_t2s.py is not here (tests run outside a checkout); "
           "the generated table cannot be checked against its inputs",
)


@needs_tools
def test_generated_table_is_current() -> None:
    run = subprocess.run([sys.executable, str(GENERATOR), "--check"], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, (
        "src/progress_nlp/_t2s_table.py differs from what tools/gen_t2s.py writes; "
        f"run `python tools/gen_t2s.py`.\n{run.stdout[-4000:]}{run.stderr[-2000:]}")


@needs_tools
def test_simplified_characters_of_opencc_are_fixed_points() -> None:
    # Keys of STCharacters.txt are characters simplified text uses (干, 台,
    # 于, 了); the generator leaves them out of the table on purpose.
    lines = (OPENCC_DIR / "STCharacters.txt").read_text(encoding="utf-8").split("\n")
    keys = "".join(line.split("\t", 1)[0] for line in lines if "\t" in line)
    assert len(keys) > 3000
    assert to_simplified(keys) == keys
