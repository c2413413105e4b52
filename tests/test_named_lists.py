"""Projects named in a verdict list: 推进缓慢的有3(A、B、C), “A”、“B”等17项超额完成."""

from __future__ import annotations

import io
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from progress_nlp import default_lexicon, load_report, score_report
from progress_nlp.readers.named_lists import read_named_lists
from progress_nlp.normalize import normalize
from progress_nlp.readers.prose import read_prose

LEX = default_lexicon()


def named(text: str) -> list[tuple[str, str, str]]:
    """Each item's name, lead and verdict words (its official verdict)."""
    return [(i.project, i.lead, i.official) for i in read_named_lists(normalize(text), LEX)]


@pytest.mark.parametrize("text, expected", [
    # verdict before a count with its names in brackets
    ("截至9月底,进度滞后的有2项(老年食堂建设、农贸市场改造),占30%。",
     [("老年食堂建设", "", "进度滞后"), ("农贸市场改造", "", "进度滞后")]),
    # verdict after the bracket
    ("其中:东城区有2(公办幼儿园建设、停车泊位建设)推进缓慢。",
     [("公办幼儿园建设", "", "推进缓慢"), ("停车泊位建设", "", "推进缓慢")]),
    # quoted names (kept with their marks), 等N项, verdict after; the share after it is the list's
    ("市级实事20项,其中“新增养老床位”、“改造农村公路”等9项超额完成、占比45%。",
     [("“新增养老床位”", "", "超额完成"), ("“改造农村公路”", "", "超额完成")]),
    # a lead unit in brackets after each name; the verdict clause as written
    ("“海塘加固”(市水利局)、“老旧小区改造”(市住建局)等3个项目曾一度滞后,但均能如期完成。",
     [("“海塘加固”", "市水利局", "曾一度滞后,但均能如期完成"), ("“老旧小区改造”", "市住建局", "曾一度滞后,但均能如期完成")]),
    # 「」 and straight quotes
    ("其中「A路改造」、\"B桥维修\"等4项进度滞后。", [("“A路改造”", "", "进度滞后"), ("“B桥维修”", "", "进度滞后")]),
    # a name given again (a county's list after the city's) is one item
    ("推进缓慢的有1项(乡镇污水处理站建设)。其中甲县有1(乡镇污水处理站建设)推进缓慢。",
     [("乡镇污水处理站建设", "", "推进缓慢")]),
    # the count counts 民生实事项目; a name may open with a quote; the
    # next list in the sentence has its own verdict
    ("截至目前,20件民生实事中,提高困难群众生活保障标准、“青年驿站”暖心行动、开通优化调整公交线路40条等11件民生实事项目已提前完成,"
     "城区学校扩建、口袋公园建设等9件实事正有序推进。",
     [("提高困难群众生活保障标准", "", "已提前完成"), ("“青年驿站”暖心行动", "", "已提前完成"),
      ("开通优化调整公交线路40条", "", "已提前完成"), ("城区学校扩建", "", "正有序推进"), ("口袋公园建设", "", "正有序推进")]),
    # verdict and count, then 为 and the names by commas, to the ;
    ("全年计划竣工项目12项,实际竣工8项;其中提前竣工2项,为城东污水处理厂扩建工程,滨江大道三期;未按期竣工2项,为南门大桥维修工程,"
     "北区供热管网改造项目。",
     [("城东污水处理厂扩建工程", "", "提前竣工"), ("滨江大道三期", "", "提前竣工"),
      ("南门大桥维修工程", "", "未按期竣工"), ("北区供热管网改造项目", "", "未按期竣工")]),
    # names, then a count of 指标 and the verdict
    ("其中,固定资产投资、财政收入、规上工业增加值3项指标未达到序时进度。",
     [("固定资产投资", "", "未达到序时进度"), ("财政收入", "", "未达到序时进度"), ("规上工业增加值", "", "未达到序时进度")]),
    # verdict, count and share, then 为 and the tasks counted, targets and all
    ("截至目前,达到序时进度44项、占比80.0%。未达到序时进度3项、占比6.0%,为普惠性幼儿园覆盖率达80%、新建安置区5个、"
     "培育进出口实绩企业90户。",
     [("普惠性幼儿园覆盖率达80%", "", "未达到序时进度"), ("新建安置区5个", "", "未达到序时进度"),
      ("培育进出口实绩企业90户", "", "未达到序时进度")]),
    # a count and verdict, a comma, then 包括 and names closed by 等
    ("今年上半年,19项超序时进度的民生实事项目,包括建成普惠托育机构12家、3所高中加快建设、东风路快速化改造通车等。",
     [("建成普惠托育机构12家", "", "超序时进度"), ("3所高中加快建设", "", "超序时进度"), ("东风路快速化改造通车", "", "超序时进度")]),
    # a numbered verdict heading with its count, then 主要是 and quoted
    # tasks whose own commas stay inside the quotes
    ("一、已经完成或基本完成的指标任务,共计19项。主要是“建设完成大沙河、花园河城市内河治理工程,形成新的景观带”,"
     "“完成公车改革任务”等,这些指标占任务总数的15.2%。",
     [("“建设完成大沙河、花园河城市内河治理工程,形成新的景观带”", "", "已经完成或基本完成"), ("“完成公车改革任务”", "", "已经完成或基本完成")]),
    # plain: names joined by 、, then 等(项目) and the verdict at once
    ("督查发现,东湖公园、西城菜场等项目已提前完成;南门大桥、北区学校等均未达序时。",
     [("东湖公园", "", "已提前完成"), ("西城菜场", "", "已提前完成"), ("南门大桥", "", "均未达序时"), ("北区学校", "", "均未达序时")]),
    # plain with a count, words between the list and its verdict
    ("其中老旧小区改造、口腔卫生计划2个子项也在稳步推进当中。",
     [("老旧小区改造", "", "也在稳步推进当中"), ("口腔卫生计划", "", "也在稳步推进当中")]),
    # a verdict heading, 有: and names closed by 等 and their kind: not part of the last name
    ("基本达到时间节点要求的重点民生实事有:提质改造农村公路、城镇黑臭水体整治、基本消除义务教育超大班额等项目。",
     [("提质改造农村公路", "", "基本达到时间节点要求"), ("城镇黑臭水体整治", "", "基本达到时间节点要求"),
      ("基本消除义务教育超大班额", "", "基本达到时间节点要求")]),
    # spending below a share said in tenths
    ("執行未達1成的有9項,包括環保局田寮河水質改善工程、水陸兩棲運具、南榮公墓生命典藏館。",
     [("环保局田寮河水质改善工程", "", "执行未达1成"), ("水陆两栖运具", "", "执行未达1成"), ("南荣公墓生命典藏馆", "", "执行未达1成")]),
    # Taiwan: projects on the tracked list (列管) taken off it once accepted
    ("截至9月止,驗收完成解除列管計畫有21項包括:湖埔國小拆建校舍工程、陽明二營區活化再利用工程、明德公園環境整理工程。",
     [("湖埔国小拆建校舍工程", "", "验收完成解除列管计划"), ("阳明二营区活化再利用工程", "", "验收完成解除列管计划"),
      ("明德公园环境整理工程", "", "验收完成解除列管计划")]),
    # one name needs 等 and a count; 第二、三 is one name
    ("市区第二、三水厂提标改造等22个子项实现了时间过半、进度过半。",
     [("市区第二、三水厂提标改造", "", "实现了时间过半、进度过半")]),
    # introduced: the heading up to its count is the verdict; names run on past ;
    ("一是已达到时序进度的项目3个,占比30%。分别为:棚户区改造、危房改造;城乡低保提标。",
     [("棚户区改造", "", "已达到时序进度"), ("危房改造", "", "已达到时序进度"), ("城乡低保提标", "", "已达到时序进度")]),
    # a verdict heading with a colon and numbered names, cut at ; only
    ("截至目前,56个项目已完成12项。(已完成项目:1.开展送温暖活动;2.增加城区休闲、运动设施;3.建设放心肉服务体系)。",
     [("开展送温暖活动", "", "已完成"), ("增加城区休闲、运动设施", "", "已完成"), ("建设放心肉服务体系", "", "已完成")]),
    # names counted off after a verdict heading, the scene before it dropped
    ("目前,我县实施进度较慢的项目,一是乡镇污水处理站建设(八公山乡),二是基层防汛预警体系建设,三是免费婚检。",
     [("乡镇污水处理站建设(八公山乡)", "", "实施进度较慢"), ("基层防汛预警体系建设", "", "实施进度较慢"), ("免费婚检", "", "实施进度较慢")]),
    # the count before the verdict, ; between names and 、 inside one: the
    # split nearer the count (3) wins; names under a counted heading are tasks
    ("据介绍,3个提前完成年度目标任务的项目是:完成淘沙巷地块提升;城际轨道交通工程实现通车;举办马拉松、半程马拉松。",
     [("完成淘沙巷地块提升", "", "提前完成年度目标任务"), ("城际轨道交通工程实现通车", "", "提前完成年度目标任务"),
      ("举办马拉松、半程马拉松", "", "提前完成年度目标任务")]),
    # 这3项…分别为: the verdict is in the clause of the sentence before with the same count
    ("其中,危房改造已提前完成任务,有3项民心工程建设超过序时进度。\n\n这3项民心工程分别为老旧小区改造、管网改造、便民市场建设。",
     [("老旧小区改造", "", "超过序时进度"), ("管网改造", "", "超过序时进度"), ("便民市场建设", "", "超过序时进度")]),
    # names after 已有, then a count with its kind, then the verdict
    ("截至目前,开工率达92.3%,已有增加就业岗位、改善城区出行条件2个项目全面完成任务。",
     [("增加就业岗位", "", "全面完成任务"), ("改善城区出行条件", "", "全面完成任务")]),
    # names joined by 及 when the count says two; a forecast before the verdict
    ("明星村健身运动场及公共安全保障能力提升2个项目预计9月底前开工建设。",
     [("明星村健身运动场", "", "预计9月底前开工建设"), ("公共安全保障能力提升", "", "预计9月底前开工建设")]),
    # fields (等领域重点项目) name what the list holds; 加快建设 is work going on
    ("资源密集型产业、生态环保、经贸物流等领域重大项目加快建设。",
     [("资源密集型产业", "", "加快建设"), ("生态环保", "", "加快建设"), ("经贸物流", "", "加快建设")]),
    # kinds counted by 类 with their field (产业项目), the investment before a
    # verdict that measures them against the whole programme
    ("农副产品与食品深加工、生物技术、新材料等7类产业项目完成投资高于全市总体进度。",
     [("农副产品与食品深加工", "", "完成投资高于全市总体进度"), ("生物技术", "", "完成投资高于全市总体进度"),
      ("新材料", "", "完成投资高于全市总体进度")]),
    # kinds of projects counted by 类, a verdict after 总体
    ("其中,农业、交通、能源等3类重点建设项目总体超额完成年度投资计划。",
     [("农业", "", "总体超额完成年度投资计划"), ("交通", "", "总体超额完成年度投资计划"), ("能源", "", "总体超额完成年度投资计划")]),
    # quoted names one after another, no mark between, then N项…行动; the
    # next run has its own verdict, and a share stays with it
    ("“老有所学”“老年助餐”2项暖民心行动已全部完成指标任务,“就业促进”“健康口腔”2项暖民心行动已完成指标任务的50%以上。",
     [("“老有所学”", "", "已全部完成指标任务"), ("“老年助餐”", "", "已全部完成指标任务"),
      ("“就业促进”", "", "已完成指标任务的50%以上"), ("“健康口腔”", "", "已完成指标任务的50%以上")]),
    # a list that does not count (等多个项目, 等一批项目), a time before its stage
    ("其中,龙沙码头二期工程、中镓科技集团总部、一品红智慧工业园等多个项目本月开工建设。",
     [("龙沙码头二期工程", "", "本月开工建设"), ("中镓科技集团总部", "", "本月开工建设"),
      ("一品红智慧工业园", "", "本月开工建设")]),
    ("惠水至罗甸高速公路、乌江翻坝运输系统工程等一批重点项目提前建成。",
     [("惠水至罗甸高速公路", "", "提前建成"), ("乌江翻坝运输系统工程", "", "提前建成")]),
    # the stage reached written before a counted list, or one named by its kind
    ("新开工建设黄茅海跨海通道、深茂铁路深圳至江门段等164个项目,其余在建项目推进顺利。",
     [("黄茅海跨海通道", "", "新开工建设"), ("深茂铁路深圳至江门段", "", "新开工建设")]),
    ("今年建成投用城东水厂、西湖公园等一批项目。",
     [("城东水厂", "", "今年建成投用"), ("西湖公园", "", "今年建成投用")]),
    # 完成 or 启动 before a counted list, the part of the work reached after
    # the count: the verb to the end of the clause is the verdict
    ("半年来,完成城东幼儿园、实训综合楼、城关中学迁建等3个项目主体施工,启动了西区小学建设。",
     [("城东幼儿园", "", "完成城东幼儿园、实训综合楼、城关中学迁建等3个项目主体施工"),
      ("实训综合楼", "", "完成城东幼儿园、实训综合楼、城关中学迁建等3个项目主体施工"),
      ("城关中学迁建", "", "完成城东幼儿园、实训综合楼、城关中学迁建等3个项目主体施工")]),
    ("今年启动了北湖公园、南山绿道等2个项目。",
     [("北湖公园", "", "今年启动了"), ("南山绿道", "", "今年启动了")]),
    # 宗 counts projects as 个 and 项 do (Guangdong, Guangxi)
    ("城东污水厂、西湖公园改造等3宗项目已提前完工。",
     [("城东污水厂", "", "已提前完工"), ("西湖公园改造", "", "已提前完工")]),
    # places or offices named by 、 with no 等, the pace at once
    ("东湖度假区(湖滨新城)、经济开发区、七里镇、平安镇推进速度较快,超过或符合序时进度。",
     [("东湖度假区(湖滨新城)", "", "推进速度较快,超过或符合序时进度"), ("经济开发区", "", "推进速度较快,超过或符合序时进度"),
      ("七里镇", "", "推进速度较快,超过或符合序时进度"), ("平安镇", "", "推进速度较快,超过或符合序时进度")]),
    ("部门方面,教育局、供电公司均进展较快。", [("教育局", "", "进展较快"), ("供电公司", "", "进展较快")]),
    ("城南街道、北山镇进度滞后。", [("城南街道", "", "进度滞后"), ("北山镇", "", "进度滞后")]),
    # the kind after 等 may name its field (等重大交通项目)
    ("重大交通项目稳步推进,郑济高铁、雄商高铁、聊城机场等重大交通项目稳步推进,高东高速正在加快实施。",
     [("郑济高铁", "", "稳步推进"), ("雄商高铁", "", "稳步推进"), ("聊城机场", "", "稳步推进")]),
    # 已有 (已经有) before the names, wherever it stands in the clause
    ("26项市级重点项目已经有新研海山等3项已完工,鸿德生物等4项开始设备安装。",
     [("新研海山", "", "已完工"), ("鸿德生物", "", "开始设备安装")]),
    # a sentence of names alone, closed by 等, under the sentence that counts
    # them and says where they stand
    ("16项工程类民生实事中13项已开工建设,其中:2项已完成年度目标任务。实施风电乡村振兴工程、推进农村敬老院运营服务能力提升等。",
     [("实施风电乡村振兴工程", "", "已完成年度目标任务"), ("推进农村敬老院运营服务能力提升", "", "已完成年度目标任务")]),
    # projects named by commas, no 等, each ending with its kind; the words
    # between the last name and the verdict are part of it
    ("十大实事当中,(托位项目)已提前完成年度任务,老旧小区改造工程,“打通断头路”攻坚行动,社区养老院建设项目,"
     "桥梁、快速路声屏障建设预计11月份完成年度任务。",
     [("老旧小区改造工程", "", "预计11月份完成年度任务"), ("“打通断头路”攻坚行动", "", "预计11月份完成年度任务"),
      ("社区养老院建设项目", "", "预计11月份完成年度任务"), ("桥梁、快速路声屏障建设", "", "预计11月份完成年度任务")]),
])
def test_named_lists(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the verdict is of and how far it goes stand between 等 and it
    ("如贝丽中学、翠园中学教学楼加固改造工程、老住宅区燃气管道建设工程等工程进展相对偏慢。",
     [("贝丽中学", "", "进展相对偏慢"), ("翠园中学教学楼加固改造工程", "", "进展相对偏慢"),
      ("老住宅区燃气管道建设工程", "", "进展相对偏慢")]),
    ("城东水厂、西湖公园等3个项目进度明显滞后。", [("城东水厂", "", "进度明显滞后"), ("西湖公园", "", "进度明显滞后")]),
    # 有N件 opens the counted verdict; quoted names joined by 和
    ("20件民生大事中,有2件未达到目标任务进度,分别是“全面实现无电村通电”和“每个县建成1个残疾人服务中心”。",
     [("“全面实现无电村通电”", "", "未达到目标任务进度"), ("“每个县建成1个残疾人服务中心”", "", "未达到目标任务进度")]),
    # the place before 有; the last two names joined by 和 when the count says three
    ("全市有3个项目进度滞后,分别是城东水厂、西湖公园和南门大桥。",
     [("城东水厂", "", "进度滞后"), ("西湖公园", "", "进度滞后"), ("南门大桥", "", "进度滞后")]),
    # a count that 和 does not make up: 和 stays inside the name
    ("全市有2个项目进度滞后,分别是城东水厂和西湖公园改造、南门大桥。",
     [("城东水厂和西湖公园改造", "", "进度滞后"), ("南门大桥", "", "进度滞后")]),
    # 案 counts projects (Taiwan); 包括有 introduces; the scene before the
    # clause that counts is no part of the verdict
    ("據統計,截至今年1月止,已結案之計劃有2案,包括有「烈嶼鄉上庫聚落整建工程」及「改善國民中小學教育設施計劃」。",
     [("“烈屿乡上库聚落整建工程”", "", "已结案之计划"), ("“改善国民中小学教育设施计划”", "", "已结案之计划")]),
    # a count with no kind names the list when it numbers the names, not otherwise
    ("城镇老旧小区改造、重度残疾人无障碍改造2项正在进行前期工作。",
     [("城镇老旧小区改造", "", "正在进行前期工作"), ("重度残疾人无障碍改造", "", "正在进行前期工作")]),
    ("城镇老旧小区改造、重度残疾人无障碍改造3项正在进行前期工作。", []),
    # 其中 makes the names members of the group the clause before reports
    # on, not parts of one project; 全部 stands before the verdict
    ("工程类项目全部开工,其中乡镇公办幼儿园建设、农村沼气建设工程等全部完工。",
     [("乡镇公办幼儿园建设", "", "全部完工"), ("农村沼气建设工程", "", "全部完工")]),
    # work made routine is work going on (常态化开展)
    ("巩固菜市整治效果、“难安置”问题专项治理、严打电信网络诈骗等3项常态化开展。",
     [("巩固菜市整治效果", "", "常态化开展"), ("“难安置”问题专项治理", "", "常态化开展"), ("严打电信网络诈骗", "", "常态化开展")]),
    # “A”一项中, is the scope of one project, no list of one
    ("其中,“为边远地区农村教师建设1万套周转房”一项中,已开工建设9149套,大幅超过目标任务。", []),
])
def test_named_lists_verdict_words_and_counts(text, expected):
    assert named(text) == expected


_WORKS = ["城东水厂扩建", "西湖公园改造", "南门大桥维修", "北区学校新建", "老旧小区改造", "农贸市场提升"]


@given(st.lists(st.sampled_from(_WORKS), min_size=2, max_size=4, unique=True),
       st.sampled_from(["", "进展", "进度", "推进"]), st.sampled_from(["", "相对", "明显", "较为"]),
       st.sampled_from(["滞后", "偏慢", "缓慢"]), st.sampled_from(["项目", "工程", ""]), st.booleans())
def test_any_list_with_what_and_how_far_before_its_verdict(names, what, degree, verdict, kind, counted):
    # 如A、B等(N个)项目进展相对偏慢: each name is an item, the words from
    # what the verdict is of to the verdict are its official verdict.
    count = f"{len(names)}个" if counted and kind else ""
    words = what + degree + verdict
    text = "如" + "、".join(names) + "等" + count + kind + words + "。"
    assert named(text) == [(n, "", words) for n in names]


@pytest.mark.parametrize("text, actual", [
    # The progress of a listed name is the rest of its clause: the list's
    # count and kind (the sentence's subject) with the verdict, so a reader
    # sees that the verdict is the list's, not the item's own words.
    ("三明一品农林产品仓储、华油仓储、三明汽车维修中心等26个项目滞后。", "等26个项目滞后"),
    ("“老有所学”“老年助餐”2项暖民心行动已全部完成指标任务。", "2项暖民心行动已全部完成指标任务"),
    # a rate after the verdict is the list's; a clause about others is not
    ("资源密集型产业、生态环保、经贸物流等领域重大项目加快建设,投资完成率达90%以上,其余项目完成率为60%。",
     "等领域重大项目加快建设,投资完成率达90%以上"),
    # a share of the list's count is not the items' progress
    ("其中“新增养老床位”、“改造农村公路”等9项超额完成、占比45%。", "等9项超额完成"),
    # a verdict before the names has no subject to keep
    ("截至9月底,进度滞后的有2项(老年食堂建设、农贸市场改造),占30%。", "进度滞后"),
    # a bracket the verdict opens is closed before its clause ends
    ("其中,固定资产投资、财政收入、工业增加值3项指标未达到序时进度(占比低于91.7%或增幅低于目标,下同)。",
     "3项指标未达到序时进度(占比低于91.7%或增幅低于目标,下同)"),
    # when the listed work will be done is the list's news too
    ("目前,还有城区污水管网改造、乡村道路硬化等三个项目正在抓紧扫尾,本月底可全面完工。",
     "等三个项目正在抓紧扫尾,本月底可全面完工"),
    ("老年食堂、社区书房等4项正在施工,预计12月底前全部建成,其余项目已完成。", "等4项正在施工,预计12月底前全部建成"),
])
def test_listed_progress_keeps_the_lists_count_and_kind(text, actual):
    items = read_named_lists(normalize(text), LEX)
    assert len(items) >= 2
    assert {i.actual for i in items} == {actual}


def test_a_clause_about_the_rest_is_not_the_lists():
    text = "其中城区绿化、母婴室建设等10项已完成,养殖污染治理、文化下乡等4项超过倒排工期计划进度,其余13项工作正在按照计划推进。"
    items = read_named_lists(normalize(text), LEX)
    assert [i.actual for i in items] == ["等10项已完成"] * 2 + ["等4项超过倒排工期计划进度"] * 2


@pytest.mark.parametrize("text", [
    # the bracket does not number what the count says
    "新建公园20个(含3个在建、2个已完工),进展顺利。",
    # the bracket lists parts of a name that goes on
    "3个(嘉宝新城、天南城、锦江城)住宅小区污水管网整治工程等3项需加快施工。",
    # a name in brackets with its own progress after it: an item, not a list
    "进展较为缓慢1项(自然村污水治理工作),经督办后于11月底全部完工。",
    # no verdict anywhere in the sentence
    "实施了3项(道路改造、公园提升、管网更新)工程。",
    # quoted words without 等N项
    "“放管服”改革持续推进,进度滞后。",
    # more names than the count
    "“甲”、“乙”、“丙”等2项滞后。",
    # places, not projects
    "西岗区、沙河口区、长海县等部分小区已开展改造施工。",
    # 等 ends a list of parts: the verdict does not follow at once
    "音响、灯光、大屏等设备已完成招标。",
    # names that hold their own progress are items of prose
    "A路已完工、B桥正在施工等项目进展顺利。",
    # introduced names under a heading that is no verdict
    "涉及我区共3项,包括:道路改造、公园提升、管网更新。",
    # each place with its own count: the last count is its place's, not a list's
    "惠安3个项目、泉港2个项目、南安4个项目已完成测量及规划设计工作。",
    # a stage before a list of parts closed by a bare 等: no list of projects
    "完成音响、灯光等设备安装。",
    # 完成 before names a kind closes, with no count: the parts of one work
    "完成景墙、健身步道、智慧灯杆、廊架、绿化等民生服务项目建设,现已完工并投入使用。",
    # ...or counted, but not in projects: the parts of one project's work
    # (found by test_report's truncation property on the bundled report)
    "完成了“走近陶行知”、“科学小达人”等8个视频课程。",
    "完成了“走近陶行知”等8个",
    "开工建设A路、B桥等。",
    # places or offices with work done, not a word of pace: what they did
    "七里镇、平安镇已完成改造任务。",
    # a name that is no place or office in the run
    "七里镇、城南公园推进速度较快。",
    # a sentence of names under one that counts fewer, or gives no verdict
    "1项已完成年度目标任务。城东公园、西城菜场、南门大桥等。",
    "全县共有2项。城东公园、西城菜场等。",
    # two projects by commas are too few to tell a list from a sentence
    "老旧小区改造工程,社区养老院建设项目已提前完成。",
    # a clause with its own progress breaks the run
    "老旧小区改造工程,已开工12个,社区养老院建设项目,住宅加装电梯项目进度滞后。",
])
def test_not_named_lists(text):
    assert named(text) == []


def test_prose_report_reads_named_lists_and_scores_by_the_words():
    text = ("关于全市十件民生实事1-9月进展情况的通报\n"
            "截至9月底,已提前完成年度目标任务的有3项,正常推进的有4项;"
            "推进缓慢的有3项(城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设)。\n")
    r = load_report(io.StringIO(text))
    assert [(row.project, row.official) for row in r.rows] == [
        ("城区公办幼儿园建设", "推进缓慢"), ("乡镇污水处理站建设", "推进缓慢"), ("乡镇加油站建设", "推进缓慢")]
    assert {row.status.value for row in score_report(r)} == {"behind"}


def test_lists_around_a_table_add_the_projects_the_table_does_not_hold():
    text = ("2022年度民生实事项目完成情况通报\n"
            "省级实事10项,其中“新增养老床位”、“新增托位”等6项超额完成。\n"
            "序号 | 项目内容 | 年度完成情况 | 完成成效 | 责任单位 |\n"
            "1 | 新增托位1140个 | 新增托位1155个。 | 超额完成 | 市卫健局 |\n"
            "2 | 新建公园2个 | 建成公园2个。 | 完成任务 | 市住建局 |\n")
    r = load_report(io.StringIO(text))
    got = [(row.no, row.project, row.actual, row.official) for row in r.rows]
    assert got == [
        ("1", "新增托位1140个", "新增托位1155个。", "超额完成"),
        ("2", "新建公园2个", "建成公园2个。", "完成任务"),
        # 新增托位 is row 1 of the table: only 新增养老床位 is added
        ("文1", "“新增养老床位”", "等6项超额完成", "超额完成"),
    ]


def test_an_article_above_a_table_adds_the_groups_it_reports():
    # The article counts the projects by kind, the table by county: both are
    # read, the article's rows numbered 文N after the table's.
    text = ("2023年1-6月份重点建设项目简讯\n"
            "1-6月份,全县117个重点建设项目累计开复工101个,开复工率86%。\n"
            "■按项目类别统计:产业项目82个,完成投资95.9亿元,为年投资计划的61%;"
            "基础设施项目45个,完成投资32.3亿元,为年投资计划的59%;民生项目35个,完成投资26亿元,为年投资计划的48%。\n"
            "■按建设阶段统计:续建类项目60个,完成投资80亿元,为年投资计划的62%;新开类项目57个,完成投资74.2亿元,为年投资计划的55%。\n"
            "1-6月份重点项目投资完成情况汇总表\n"
            "县市区 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n"
            "东城县 | 57 | 82.5 | 45.1 | 54.7% |\n"
            "西城县 | 27 | 42.6 | 21.2 | 49.8% |\n"
            "南城县 | 33 | 52.1 | 28.9 | 55.5% |\n")
    r = load_report(io.StringIO(text))
    got = [(row.no, row.project, row.actual) for row in r.rows]
    assert [g[1] for g in got[:3]] == ["东城县", "西城县", "南城县"]
    assert got[3:] == [
        ("文1", "全县117个重点建设项目", "累计开复工101个,开复工率86%。"),
        ("文2", "产业项目82个", "完成投资95.9亿元,为年投资计划的61%"),
        ("文3", "基础设施项目45个", "完成投资32.3亿元,为年投资计划的59%"),
        ("文4", "民生项目35个", "完成投资26亿元,为年投资计划的48%。"),
        ("文5", "续建类项目60个", "完成投资80亿元,为年投资计划的62%"),
        ("文6", "新开类项目57个", "完成投资74.2亿元,为年投资计划的55%。"),
    ]


_NAME = st.text(alphabet=st.sampled_from("城区公办幼儿园乡镇污水处理站加油停车泊位道路改造农贸市场提升"), min_size=3, max_size=10)


@settings(max_examples=100, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=5, unique=True), st.sampled_from(["推进缓慢", "进度滞后", "超额完成", "已完成"]),
       st.sampled_from(["before", "after", "quoted"]))
def test_every_listed_name_comes_back_with_the_verdict(names, verdict, shape):
    n = len(names)
    if shape == "before":
        text = f"{verdict}的有{n}项({'、'.join(names)})。"
    elif shape == "after":
        text = f"其中:甲县有{n}({'、'.join(names)}){verdict}。"
    else:
        text = "其中" + "、".join(f"“{x}”" for x in names) + f"等{n + 2}项{verdict}。"
    items = read_named_lists(normalize(text), LEX)
    # a quoted name keeps its marks, as the page writes it
    assert [i.project for i in items] == ([f"“{x}”" for x in names] if shape == "quoted" else names)
    assert all(i.official == verdict for i in items)
    # The progress is the list's count and kind, if written after the
    # names, then the verdict.
    subject = f"等{n + 2}项" if shape == "quoted" else ""
    assert all(i.actual == subject + verdict for i in items)
    for i in items:
        assert text[i.span[0] : i.span[1]] == i.project  # spans point at the text
        assert text[i.official_span[0] : i.official_span[1]] == i.official
        assert text[i.verdict_span[0] : i.verdict_span[1]] == i.actual
    # The prose reader gives the same items, whatever else it reads.
    assert [it.project for it in read_prose(text)] == [i.project for i in items]


_PLACE_NAME = st.builds("{}{}".format, st.text(alphabet=st.sampled_from("东西南北城山湖七平安桃源溪"), min_size=2, max_size=4),
                        st.sampled_from(["镇", "街道", "开发区", "局", "公司"]))


@settings(max_examples=100, deadline=None)
@given(st.lists(_PLACE_NAME, min_size=2, max_size=6, unique=True), st.sampled_from(["进展较快", "进度滞后", "推进速度较快", "达到序时进度"]),
       st.sampled_from(["", "均", "也"]))
def test_every_listed_place_comes_back_with_the_pace(names, pace, manner):
    text = f"从责任单位来看,{'、'.join(names)}{manner}{pace}。"
    items = read_named_lists(normalize(text), LEX)
    assert [i.project for i in items] == names
    assert all(i.official == pace == i.actual for i in items)
    for i in items:
        assert text[i.span[0] : i.span[1]] == i.project


_KIND_NAME = st.builds("{}{}".format, st.text(alphabet=st.sampled_from("城区公办幼儿园乡镇污水处理站停车泊位道路农贸市场"), min_size=2, max_size=8),
                       st.sampled_from(["项目", "工程", "攻坚行动", "建设项目"]))


@settings(max_examples=100, deadline=None)
@given(st.lists(_KIND_NAME, min_size=3, max_size=8, unique=True), st.sampled_from(["进度滞后", "已提前完成", "预计11月份完成年度任务"]))
def test_projects_named_by_commas_come_back_with_the_verdict(names, verdict):
    text = f"今年实施的民生实事当中,{','.join(names)}{verdict}。"
    items = read_named_lists(normalize(text), LEX)
    assert [i.project for i in items] == names
    assert all(i.actual == verdict for i in items)
    for i in items:
        assert text[i.span[0] : i.span[1]] == i.project


@pytest.mark.parametrize("text", [
    "“甲工程”、" * 20000 + "等3项滞后。",                      # one long quoted run
    "已完成的项目5个,分别为:" + "丙工程、" * 40000 + "。",
    "进度较慢的项目," + "".join(f"{'一二三四五六七八九'[i % 9]}是戊工程," for i in range(30000)),  # no 。
    "已完成项目:1.甲;2.乙;" * 10000,                           # headings, no sentence end
    "甲、乙等项目已完成," * 20000,
    "“甲”、“乙”等3项滞后," * 20000,
])
def test_named_lists_stay_linear(text):
    # Four times the text in about four times the time; a list read from
    # each of its names, or to the page's end from each heading, is
    # quadratic (one such took 95 s here). Compared with itself, so a loaded
    # host does not fail it.
    def took(t: str) -> float:
        start = time.perf_counter()
        read_named_lists(t, LEX)
        return time.perf_counter() - start

    quarter = min(took(text[: len(text) // 4]) for _ in range(2))
    assert took(text) < 10 * quarter + 1.0


def test_a_clause_that_opens_with_a_name_is_that_names():
    # 等36项完工 is the list's; 亲海公园改扩建完成70% names its own project
    # and is read again as prose, with the clauses after it.
    text = "57项城建工程开工52项,环山路、海港路、渔贸路等36项完工,亲海公园改扩建完成70%,海景东路东扩完成60%。"
    assert [i.actual for i in read_named_lists(normalize(text), LEX)] == ["等36项完工"] * 3
    got = [(it.project, it.actual) for it in read_prose(text)]
    assert ("亲海公园改扩建", "完成70%") in got and ("渔贸路", "等36项完工") in got
    # a rate and a verdict word after the list's verdict stay the list's
    text = "新兴产业、公路、电力等领域重点项目推进有力,投资完成率均高于100%,提前超额完成年度目标任务。"
    assert {i.actual for i in read_named_lists(normalize(text), LEX)} == {
        "等领域重点项目推进有力,投资完成率均高于100%,提前超额完成年度目标任务"}


@pytest.mark.parametrize("intro", ["如", "例如", "比如"])
@pytest.mark.parametrize("last", ["及", "和", "、"])
def test_examples_of_a_counted_verdict_each_with_its_reason(intro, last):
    # 仍有4项计划…落后,如A(reason)、B(reason)…: each name an item, its
    # reason in brackets its progress, the verdict words its official verdict.
    text = ("第2季仍有4项计划“年累计支用比未达90%”及“年累计进度落后”,"
            f"{intro}海委会“海域生态守护计划”(受疫情影响复育工作进度)、经济部“(L10502)接收站投资计划”(未完成环境影响评估)"
            f"{last}交通部“台铁购置车辆计划”(受疫情影响交车),本会已就前开计划研提精进建议。")
    got = [(i.project, i.actual, i.official) for i in read_named_lists(text, default_lexicon())]
    assert got == [
        ("海委会“海域生态守护计划”", "(受疫情影响复育工作进度)", "进度落后"),
        ("经济部“(L10502)接收站投资计划”", "(未完成环境影响评估)", "进度落后"),
        ("交通部“台铁购置车辆计划”", "(受疫情影响交车)", "进度落后"),
    ]
    # more examples than the count says are no such list
    assert read_named_lists(text.replace("仍有4项", "仍有2项"), default_lexicon()) == []


@given(st.lists(st.sampled_from(["海委会“海域守护计划”", "经济部“接收站计划”", "交通部“车辆计划”", "环保署“减量计划”", "内政部“住宅计划”"]),
                min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from(["受疫情影响交车", "未完成环境影响评估", "用地未落实", "招标流标"]), min_size=5, max_size=5),
       st.integers(0, 2))
def test_examples_property(names, reasons, extra):
    # However many examples (no more than the count), each is an item in order
    # with its own reason.
    listed = "、".join(f"{n}({r})" for n, r in zip(names[:-1], reasons)) + f"及{names[-1]}({reasons[len(names) - 1]})"
    text = f"仍有{len(names) + extra}项计划进度落后,如{listed}。"
    got = read_named_lists(text, default_lexicon())
    assert [i.project for i in got] == names
    assert [i.actual for i in got] == [f"({r})" for r in reasons[: len(names)]]


# The count after 等 may be approximate or a total (等近十个项目, 等约20项, 等共5个项目).
@pytest.mark.parametrize("word", ["近", "约", "共"])
def test_an_approximate_count_after_etc_still_closes_the_list(word):
    text = f"已开工项目中,天安电工基地、城北污水厂等{word}十个项目进度缓慢。"
    got = [(i.project, i.official) for i in read_named_lists(text, default_lexicon())]
    assert got == [("天安电工基地", "进度缓慢"), ("城北污水厂", "进度缓慢")]


@given(st.lists(st.sampled_from(["天安电工基地", "城北污水厂", "客运中心", "东湖公园"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["近", "约", "共", ""]), st.integers(0, 6), st.sampled_from(["进度缓慢", "已提前完成", "推进滞后"]))
def test_property_any_count_after_etc_closes_the_list(names, word, extra, verdict):
    text = f"{'、'.join(names)}等{word}{len(names) + extra}个项目{verdict}。"
    got = read_named_lists(text, default_lexicon())
    assert [i.project for i in got] == names


# Quoted names right after 项目是 / 任务为 (no colon), each verdict its own:
# hard to finish (完成有一定困难) is late, a task adjusted (调整) is stopped.
@pytest.mark.parametrize("text, expected", [
    ("三、完成有一定困难,但通过努力年底前能够完成的有2项。分别为“力争解决鹏欣水游城区域交通梗阻问题”,“全年实现各类融资210亿元”,占任务总数的1.6%。",
     [("“力争解决鹏欣水游城区域交通梗阻问题”", "完成有一定困难,但通过努力年底前能够完成"),
      ("“全年实现各类融资210亿元”", "完成有一定困难,但通过努力年底前能够完成")]),
    ("四、指标项目出现调整的有3项。因某种原因调整的项目是“东北亚食品产业园项目开工建设”,“中子发生器项目开工建设”,“举办好第5届中朝博览会”。",
     [("“东北亚食品产业园项目开工建设”", "因某种原因调整"), ("“中子发生器项目开工建设”", "因某种原因调整"),
      ("“举办好第5届中朝博览会”", "因某种原因调整")]),
])
def test_quoted_names_after_xiangmu_shi_with_their_verdict(text, expected):
    assert [(p, a) for p, _, a in named(text)] == expected


def test_hard_to_finish_is_late_and_adjusted_is_stopped():
    report = score_report(load_report(io.StringIO(
        "三、完成有一定困难,但通过努力年底前能够完成的有2项。分别为“力争解决交通梗阻问题”,“全年实现各类融资210亿元”。\n"
        "四、指标项目出现调整的有2项。因某种原因调整的项目是“东北亚食品产业园项目开工建设”,“中子发生器项目开工建设”。\n")))
    assert [r.score.status.value for r in report.rows] == ["behind", "behind", "blocked", "blocked"]


# 未达序时进度2项为: introduces names as 项目是: does; the count whose clause
# holds the verdict counts them (not the group's 项目23项 before it); a name
# with its own reason in brackets takes the reason as its progress.
@pytest.mark.parametrize("text, expected", [
    ("2.城乡建设工作指挥部:项目23项,未达序时进度2项为:南山片区老旧小区改造工程、城区污水处理厂扩容项目。",
     [("南山片区老旧小区改造工程", "未达序时进度", "未达序时进度"), ("城区污水处理厂扩容项目", "未达序时进度", "未达序时进度")]),
    ("未达序时进度项目3项为:京台高速东桥互通连接线(投资滞后)、福州金线莲组培产业园(开工滞后)、南部文创产业园基础设施项目(一期)(开工滞后)。",
     [("京台高速东桥互通连接线", "(投资滞后)", "未达序时进度"), ("福州金线莲组培产业园", "(开工滞后)", "未达序时进度"),
      ("南部文创产业园基础设施项目(一期)", "(开工滞后)", "未达序时进度")]),
])
def test_names_after_xiang_wei_with_their_reasons(text, expected):
    got = read_named_lists(normalize(text), LEX)
    assert [(i.project, i.actual, i.official) for i in got] == expected


@pytest.mark.parametrize("urge", ["推动", "加快", "确保", "力争", "督促"])
def test_a_list_under_a_verb_that_urges_is_a_plan(urge):
    # 推动A、B等57个未开工项目按时序开工: what the office will push for, not
    # where the projects stand.
    assert named(f"下一步,{urge}人民医院综合楼、34万千瓦保障性风电等57个未开工项目按时序开工。") == []
    # the same names reported, with no urging verb, are a list
    assert len(named("人民医院综合楼、34万千瓦保障性风电等57个项目已按时序开工。")) == 2


# A programme's big items (大项) and small items (小项), two lists in one
# sentence and one verdict (安徽's 民生工程 write them so).
BIG_AND_SMALL = ("全县民生工程推进有序。其中棚户区改造、农村饮水安全工程、家庭医生签约服务3大项,"
                 "校舍维修改造、计划生育家庭特别扶助等小项已提前完成全年任务,其余项目正按序时进度稳步推进。")


def test_a_list_counted_in_big_items_shares_the_verdict_of_the_list_after_it():
    got = [(i.project, i.official) for i in read_named_lists(BIG_AND_SMALL, default_lexicon())]
    assert got == [(n, "已提前完成全年任务") for n in
                   ["棚户区改造", "农村饮水安全工程", "家庭医生签约服务", "校舍维修改造", "计划生育家庭特别扶助"]]


@given(st.lists(st.sampled_from(["棚户区改造", "农村饮水安全工程", "家庭医生签约服务", "老旧小区整治", "就业创业促进工程"]),
                min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from(["校舍维修改造", "计划生育家庭特别扶助", "秸秆固化成型燃料生产点"]), min_size=2, max_size=3, unique=True),
       st.sampled_from(["已提前完成全年任务", "进度滞后", "已全面完成"]))
def test_property_big_items_then_small_items_all_take_the_verdict(big, small, verdict):
    text = f"其中{'、'.join(big)}{len(big)}大项,{'、'.join(small)}等小项{verdict}。"
    got = [(i.project, i.official) for i in read_named_lists(text, default_lexicon())]
    assert got == [(n, verdict) for n in big + small]
    # a count that does not number the names leaves the first list alone
    wrong = text.replace(f"{len(big)}大项", f"{len(big) + 1}大项")
    assert [i.project for i in read_named_lists(wrong, default_lexicon())] == small


def test_the_programmes_tally_of_items_done_is_no_row():
    from progress_nlp.readers.prose import read_prose
    text = "本报讯 今年以来,凤台县认真谋划、精心组织,努力提升惠民实效,目前已提前完成12大项,惠及全县城乡居民。\n" + BIG_AND_SMALL
    assert [i.project for i in read_prose(text)] == [
        "棚户区改造", "农村饮水安全工程", "家庭医生签约服务", "校舍维修改造", "计划生育家庭特别扶助"]


@pytest.mark.parametrize("task", ["年度目标任务", "全年任务", "年度任务"])
def test_a_counted_verdict_keeps_the_task_it_completed(task):
    # 9件如期完成年度目标任务,包括A、B: 任务 is what was done, not the kind counted.
    text = f"十件民生实事中,9件如期完成{task},包括城南污水厂、高桥路建设工程、北湖公园提升工程。"
    assert named(text) == [(n, "", f"如期完成{task}") for n in ("城南污水厂", "高桥路建设工程", "北湖公园提升工程")]


@pytest.mark.parametrize("verb", ["完成任务", "完成了任务", "已完成任务"])
def test_a_count_of_programmes_that_finished_their_task_lists_them(verb):
    # 有15项民生工程完成任务,分别是A、B: 任务 is the object of 完成
    text = f"有3项民生工程{verb},分别是农村危房改造、贫困残疾人康复、城乡困难群体法律援助。"
    assert [(p, o) for p, _, o in named(text)] == [(n, verb) for n in ("农村危房改造", "贫困残疾人康复", "城乡困难群体法律援助")]


@given(st.lists(st.sampled_from(["就业方面", "服务职工系列工程方面", "中小学幼儿园建设", "老旧小区改造", "低保提标方面", "养老床位建设"]),
                min_size=2, max_size=5, unique=True),
       st.sampled_from(["已实现年度目标", "已完成全年任务", "提前完成年度目标任务"]),
       st.sampled_from([",其余项目正在按计划有序推进", ",其他项目正按序时推进", ""]))
def test_property_names_after_baokuo_take_the_verdict_and_not_the_rest(names, verdict, rest):
    # 截至10月底,18项已实现年度目标,包括A、B、C,其余项目正在按计划有序推进:
    # the rest is no name of the list and its words are no name's progress.
    text = f"截至10月底,全市36项实事中的{len(names) + 5}项{verdict},包括{'、'.join(names)}{rest}。"
    report = load_report(io.StringIO(f"2020年市办实事进展情况\n{text}\n"))
    assert [r.project for r in report.rows] == names
    assert all(verdict in (r.official or r.actual) and "其" not in r.actual for r in report.rows)
    assert {s.status.value for s in score_report(report).rows} == {"ahead"}


@pytest.mark.parametrize("verdict", ["已经建成投入使用", "完成了年度工作目标任务", "正在推进", "已开工建设"])
def test_names_after_de_xiangmu_you_take_the_verdict(verdict):
    # 已经建成投入使用的项目有A;B;C: 有 after 的项目 introduces the names; a
    # stage reached or work going on, said with 已/正在, is the verdict; names
    # set apart by ; keep their commas.
    text = f"{verdict}的项目有滨河绿地景观提升工程;持续推广利用清洁能源,提高天然气普及率工作;公安智能交通系统工程。"
    assert named(text) == [("滨河绿地景观提升工程", "", verdict), ("持续推广利用清洁能源,提高天然气普及率工作", "", verdict),
                           ("公安智能交通系统工程", "", verdict)]


@pytest.mark.parametrize("text", [
    "今年新建的项目有滨河绿地景观提升工程、公安智能交通系统工程。",  # a plan: no aspect, no verdict
    "完成投资的项目有12个。",  # a count, not names
])
def test_de_xiangmu_you_without_a_verdict_or_names_is_no_list(text):
    assert named(text) == []


@given(st.lists(st.sampled_from(["滨河绿地景观提升工程", "四一路维修改造工程", "推广清洁能源,提高天然气普及率工作",
                                 "治安视频监控系统工程", "续建公共自行车服务系统工程"]), min_size=2, max_size=5, unique=True),
       st.sampled_from(["已经建成投入使用", "已完成年度目标任务", "正在推进", "进度滞后"]), st.booleans())
@example(["推广清洁能源,提高天然气普及率工作", "滨河绿地景观提升工程"], "已完成年度目标任务", True)
def test_property_names_set_apart_by_semicolons_come_back_whole(names, verdict, counted):
    # …的项目有A;B or …的16项工作包括:A;B: a ; between names keeps the commas
    # inside them, whether or not the heading counts more than are listed
    # (the rest in paragraphs after).
    text = (f"{verdict}的{len(names) + 10}项工作包括:" if counted else f"{verdict}的项目有") + f"{';'.join(names)}。"
    items = read_named_lists(normalize(text), LEX)
    assert [i.project for i in items] == names
    assert all(i.official == verdict for i in items)
    for i in items:
        assert text[i.span[0] : i.span[1]] == i.project


@pytest.mark.parametrize("text, share", [
    ("易地扶贫搬迁、新增城市公厕等8项完成进度80%以上;", "完成进度80%以上"),
    ("农村饮水安全巩固提升工程、乡村农民体育健身工程等3项完成进度低于80%。", "完成进度低于80%"),
])
def test_a_counted_list_shares_a_share_of_the_work(text, share):
    got = read_named_lists(normalize(text), LEX)
    assert len(got) == 2 and all(i.official == share for i in got)


def test_an_uncounted_list_with_a_share_is_no_named_list():
    # 音响、灯光等设备完成进度80%: parts listed with a bare 等, no count of items
    assert read_named_lists(normalize("音响、灯光等设备完成进度80%。"), LEX) == []


@given(st.lists(st.sampled_from(["试马镇河堤修复加固工程", "十里坪镇小川村供水工程", "城关镇污水管网工程", "富水镇卫生院改造工程"]),
                min_size=2, max_size=4, unique=True),
       st.sampled_from(["等一大批民生工程相继完工", "等一批民生工程陆续完工", "等一大批项目先后建成"]),
       st.sampled_from(["随着", "近日,随着", "隨著"]))
def test_property_names_of_a_batch_done_one_after_another(names, tail, along):
    # 随着A、B等一大批民生工程相继完工: the names are projects done; 随着 is
    # no part of the first name, 相继 no stop before the verdict
    text = f"{along}{'、'.join(names)}{tail},该县民生项目已有90个完工。"
    got = read_named_lists(normalize(text), LEX)
    assert [i.project for i in got] == names


@pytest.mark.parametrize("text, names, verdict", [
    # counted, the items may be called 工作
    ("截至目前,全面推进马路市场整治、提升城市品位等21项工作已完成目标任务。",
     ["全面推进马路市场整治", "提升城市品位"], "等21项工作已完成目标任务"),
])
def test_a_counted_list_of_works(text, names, verdict):
    assert [(i.project, i.actual) for i in read_prose(text)] == [(n, verdict) for n in names]


def test_an_uncounted_list_of_works_is_a_projects_steps():
    # 等工作 with no count closes a project's steps, not a list of projects
    text = "中心设备调试、前端摄像机上杆安装,以及外场线路铺设、立杆基础浇筑、基础管道施工等工作整体进度已完成年度目标任务的55%。"
    assert all(i.project not in ("立杆基础浇筑", "基础管道施工") for i in read_prose(text))


@pytest.mark.parametrize("text", [
    # a count with no 等 numbers the names; fewer names than it is no list
    "截至9月底,今年县委、县政府确定的15件为民办实事项目进展顺利。",
    "省发展改革委、省教育厅有关负责同志介绍了12件民生实事推进情况。",
])
def test_a_bare_count_that_does_not_number_the_names_is_no_list(text):
    assert read_named_lists(normalize(text), default_lexicon()) == []


def test_a_list_of_key_practical_projects():
    # 等重点民生实事: two words before 实事 name the kind
    text = "其中,提高城乡低保补助水平、继续实施残疾儿童康复救助等重点民生实事均已完成年度目标任务。"
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("提高城乡低保补助水平", "等重点民生实事均已完成年度目标任务"), ("继续实施残疾儿童康复救助", "等重点民生实事均已完成年度目标任务")]


@pytest.mark.parametrize("text, names, verdict", [
    # a count, its verdict, then the names in brackets
    ("1-10月份,147项重点工作总体进展顺利,其中:3项已完成(建成省级创新型城市、完成人工造林任务、创成全国文明城市),137项按序时推进。",
     ["建成省级创新型城市", "完成人工造林任务", "创成全国文明城市"], "已完成"),
])
def test_a_count_its_verdict_then_the_names_in_brackets(text, names, verdict):
    got = read_prose(text)
    assert [(i.project, i.actual, i.official) for i in got] == [(n, verdict, verdict) for n in names]


def test_a_bracket_after_a_count_with_no_verdict_is_no_list():
    assert read_named_lists(normalize("改造3个(东区、西区、南区)住宅小区,正在施工。"), default_lexicon()) == []


def test_a_counted_list_closed_by_a_comma_shares_the_next_lists_verdict():
    # A等8个大项目,|B等12个子项目已完成: the first list waits for the verdict
    # of the one after it
    text = "各项民生工程进展顺利,其中中小学及中职学校教师培训等8个大项目,“四好农村路”建设等12个子项目已完成。"
    got = [(i.project, i.actual) for i in read_prose(text)]
    assert [p for p, _ in got] == ["中小学及中职学校教师培训", "“四好农村路”建设"]
    assert all(a.endswith("已完成") for _, a in got)


def test_a_list_of_roads_closed_by_its_kind():
    text = "加快实施续建项目,威林公路、威边公路、川杨公路等公路已基本完工。"
    assert [(i.project, i.actual) for i in read_prose(text)] == [
        ("威林公路", "等公路已基本完工"), ("威边公路", "等公路已基本完工"), ("川杨公路", "等公路已基本完工")]


def test_tasks_numbered_in_one_run_under_a_counted_verdict():
    # 分别为:1.A增长3.5%2.B…: each number glued to the task before it; the
    # targets stay in the tasks, the counted verdict is theirs
    text = ("工作任务进展缓慢,未达到序时进度的工作有3项,分别为:1.规模以上工业增加值增长3.5%2.一般公共预算收入增长6%"
            "3.黄里采石宕口完成修复治理。")
    got = read_prose(text)
    assert [i.project for i in got] == ["规模以上工业增加值增长3.5%", "一般公共预算收入增长6%", "黄里采石宕口完成修复治理"]
    assert all("未达到序时进度" in i.actual for i in got)


@pytest.mark.parametrize("text, expected", [
    # works named as plain examples (例如) of the verdict clause before them;
    # a last name cut off by the end of the page is left out
    ("其中已有部分计划完成或进入验收阶段,例如金门港游艇基地统包工程(第一期)、金城镇金水里污水下水道及用户接管工程,以及金城镇第七",
     [("金门港游艇基地统包工程(第一期)", "", "已有部分计划完成或进入验收阶段"),
      ("金城镇金水里污水下水道及用户接管工程", "", "已有部分计划完成或进入验收阶段")]),
    ("部分项目进度滞后,如北区道路工程、南区管网改造工程。",
     [("北区道路工程", "", "部分项目进度滞后"), ("南区管网改造工程", "", "部分项目进度滞后")]),
    # names that do not end like a work are no such list
    ("全市项目进展顺利,如城东公园、城西学校等。", []),
])
def test_works_named_as_examples_of_a_verdict(text, expected):
    assert named(text) == expected


@given(st.lists(st.sampled_from(["城东污水管网工程", "北区道路改造项目", "第二人民医院迁建工程", "滨江公园", "市民服务中心",
                                 "老旧小区改造工程", "农贸市场提升项目"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["已有部分项目完成或进入验收阶段", "部分项目进度滞后", "一批工程已全面完工"]),
       st.sampled_from(["例如", "如", "比如"]), st.sampled_from(["、", "及", "和"]))
def test_every_work_named_as_an_example_comes_back_with_the_verdict(names, verdict, intro, sep):
    text = f"截至9月底,{verdict},{intro}{sep.join(names)}。"
    got = named(text)
    assert [p for p, _, _ in got] == names
    assert all(v == verdict for _, _, v in got)


@pytest.mark.parametrize("text, expected", [
    # quoted names with no count, then a word of manner and a stage or verdict
    ("市府積極推動各項建設,「台中綠美圖」、「台中國際會展中心」及「台中巨蛋」陸續開工。",
     [("“台中绿美图”", "", "陆续开工"), ("“台中国际会展中心”", "", "陆续开工"), ("“台中巨蛋”", "", "陆续开工")]),
    ("“城东公园”和“城西学校”均已建成投用。", [("“城东公园”", "", "均已建成投用"), ("“城西学校”", "", "均已建成投用")]),
    # slogans in quotes that no verdict follows are no list
    ("我们提出的“放管服”和“最多跑一次”已经成为共识。", []),
])
def test_quoted_names_with_no_count_take_the_stage_said_of_them(text, expected):
    assert named(text) == expected


@given(st.lists(st.sampled_from(["城东公园", "城西学校", "南区医院", "北区体育馆", "滨江绿道"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["、", "和", "及"]), st.sampled_from(["均已完工", "陆续开工", "已全部建成"]))
def test_every_quoted_name_with_no_count_comes_back_with_its_stage(names, sep, said):
    got = named("今年," + sep.join(f"“{n}”" for n in names) + said + "。")
    assert [p for p, _, _ in got] == [f"“{n}”" for n in names] and {v for _, _, v in got} == {said}


@given(st.lists(st.sampled_from(["城镇失业人员实现再就业", "老小区雨污分流改造工程", "新增省级放心农贸市场", "农村学校达到标准化建设要求",
                                 "农村自来水普及率超过九成"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["等民生实事项目均按期推进", "等项目进展顺利", "等民生工程进度滞后"]))
def test_property_names_closed_by_their_kind_keep_their_task_verbs(names, tail):
    # A实现再就业、B等民生实事项目均按期推进: closed by 等 and a kind, the names
    # are tasks; 实现, 达到, 超过 in one are its task's words, not progress
    # (完成 is not: it says work done, or the list's work, below)
    got = named(f"{'、'.join(names)}{tail}。")
    assert [p for p, _, _ in got] == names


def test_a_verb_of_the_lists_work_keeps_its_names_parts():
    # 完成景墙、步道等民生服务项目建设: the parts of one project's work
    assert named("广场项目完成景墙、健身步道、公厕等民生服务项目建设,现已完工。") == []


@pytest.mark.parametrize("verb", ["完成了包含", "完成了包括", "建成了包含"])
def test_a_list_opened_by_a_word_of_including_after_the_stage(verb):
    # 完成了包含A、B等共31案工程: 包含 opens the list, no name's; 案 counts projects
    got = named(f"工务局执行了76件工程案,{verb}小港森林公园、汕头公园、冈山区186线拓宽工程等共31案工程。")
    assert [p for p, _, _ in got] == ["小港森林公园", "汕头公园", "冈山区186线拓宽工程"]


@pytest.mark.parametrize("verdict", ["已完成投资", "已开工建设", "进度滞后"])
def test_one_name_after_de_xiangmu_wei_takes_the_verdict(verdict):
    # 已完成投资的项目为开展“A”活动。: …的项目为 introduces a list of one
    assert named(f"{verdict}的项目为开展“关爱新市民”活动。") == [("开展“关爱新市民”活动", "", verdict)]
