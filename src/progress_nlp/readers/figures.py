"""A figure with its measure word, as lists of work count what they did.

``FIGURE`` finds one (71.74万亩, 400 公里, 3000人次): the number (``n``), a
万/亿/千/百 multiplier (``mult``) and the measure word (``unit``).
``CLOSING_FIGURE`` is a figure that closes a phrase, with a word of
approximation after it (实施危桥改造1179座, 新建农村公路5万公里以上): where a
name given its figure ends, or a part of a plan does. Readers that need one
of these use these two patterns, so a measure word added here (立方米) is
read alike by all of them.

Measure words of more than one character come first, so 平方公里 is one
measure and not 平 followed by the next word.

>>> FIGURE.search("完成改造71.74万亩").group("n", "mult", "unit")
('71.74', '万', '亩')
>>> bool(CLOSING_FIGURE.search("新建污水管网12.5公里以上")), bool(CLOSING_FIGURE.search("新建污水管网"))
(True, False)
"""

from __future__ import annotations

import re

MEASURE = r"(?:平方公里|平方米|立方米|公里|千米|人次|户次|[\u4e00-\u9fff])"
# Not after a digit or point: a search started inside 12.5 must not read 2.5.
FIGURE = re.compile(rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<mult>[万亿千百]?)\s*(?P<unit>{MEASURE})")
CLOSING_FIGURE = re.compile(FIGURE.pattern + r"(?:以上|左右|余|多)?\s*$")
# Measure words that count the items of a programme (3项, 10件) or write a
# date (5月, 2023年): figures of no thing done.
NOT_THINGS = "项件月日年号"
