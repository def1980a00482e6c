"""Chinese look-alikes on the real pipelines (OpenCC tw2sp + spaCy zh), Simplified, Traditional and ASR-style.

Each case: speaker, text, labels that must be present, labels that must be absent. The sentences are
written for these tests (other industries and wordings than the corpus), never copied from corpus/.
Every case runs through the whole engine (rules + learned layer, as the product runs); the labels that
must be present must also come from the rule layer, so a memorised training sentence cannot pass them.
"""

from __future__ import annotations

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.analysis.nlp import normalise
from companion.model import Speaker

S, C = Speaker.STAFF, Speaker.CUSTOMER

# (topic, speaker, text, must have, must not have)
CASES: list[tuple[str, Speaker, str, set[str], set[str]]] = [
    # 不好意思 / 抱歉 / 对不起: an apology, or a cushion before a question or a request
    ("cushion", S, "不好意思，请您把保单号再念一遍", set(), {"apology"}),
    ("cushion", S, "抱歉 您刚才说的是哪一天", set(), {"apology"}),
    ("cushion", S, "不好意思打扰一下，您现在方便接电话吗", set(), {"apology", "dont_know"}),
    ("cushion", S, "不好意思 让您等了这么久", {"apology"}, set()),
    ("cushion", S, "這次是我們的疏失 真的很不好意思", {"apology"}, set()),
    ("cushion", S, "如果给您带来不便，还请见谅", set(), {"empathy"}),
    ("cushion", S, "抱歉打断一下，请问您贵姓", set(), {"apology"}),
    ("sorry-but", S, "很抱歉，可是保险条款里写得很清楚", {"argue"}, {"apology", "excuse"}),
    ("sorry-but", S, "很抱歉，可是那天的名额已经满了", {"excuse"}, {"apology"}),
    ("sorry-but", S, "非常抱歉，不过我们今天就给您补发", {"apology", "solution"}, set()),
    ("apology-object", S, "实在对不起，让您和孩子受罪了", {"apology"}, {"empathy"}),
    # 我理解…但是: the but cancels the empathy; a correction after it is arguing, a rule an excuse
    ("understand-but", S, "我理解您的心情，但是您当初签合同的时候是同意的", {"argue"}, {"empathy", "excuse"}),
    ("understand-but", S, "我明白您的意思，不过这个流程是总部定的", {"excuse"}, {"empathy"}),
    ("understand-but", S, "我理解您的担心，我们马上安排技术人员上门", {"empathy", "solution"}, set()),
    ("empathy", S, "狗狗生病您肯定很心疼", {"empathy"}, set()),
    ("empathy", S, "遇到这种事，换了谁都受不了", {"empathy"}, set()),
    ("empathy", S, "您先别着急，我看一下记录", set(), {"empathy", "solution"}),
    ("empathy", S, "您不用太担心，一般两三天就到", set(), {"empathy"}),
    # read-back, look-up, hand-over, overpromise: which of them is a solution
    ("confirm", S, "我整理一下 您是九号退的房 押金到现在还没退回 是这样吗", {"confirm"}, set()),
    ("confirm", S, "我先确认一下您的身份信息，请报一下身份证后四位", set(), {"confirm"}),
    ("confirm", S, "您是希望我们明天派人上门 把坏的柜子换掉 对吗", {"confirm"}, {"solution"}),
    ("solution", S, "押金的部分我跟店长商量一下，晚上八点前给您回个电话", {"solution"}, set()),
    ("solution", S, "我帮您把预约改到周六上午", {"solution"}, set()),
    ("solution", S, "我先帮您查一下物流信息，请稍等", set(), {"solution"}),
    ("solution", S, "我现在帮您转接我们的值班经理", set(), {"solution"}),
    ("solution", S, "我们不能给您退款", set(), {"solution"}),
    ("overpromise", S, "您放心，我保证明天一定修好", {"overpromise"}, {"solution"}),
    ("overpromise", S, "这个我做主，不用请示，全部给您退掉", {"overpromise"}, {"solution"}),
    ("overpromise", S, "好的，一定", set(), {"overpromise"}),
    # cautions and their look-alikes
    ("excuse", S, "这是银行那边的统一规定，我们也没有办法", {"excuse"}, set()),
    # round 16: another party's rule as the reason is an excuse, not blame; naming them as the ones to go to is blame
    ("excuse", S, "这是厂家那边的统一政策，我们也没办法", {"excuse"}, {"blame"}),
    ("blame", S, "保险公司那边的规定是他们自己定的，有问题您去找他们", {"blame"}, set()),
    ("excuse", S, "根据公司政策，我们可以给您办理退款", {"solution"}, {"excuse"}),
    ("excuse", S, "不但价格便宜，而且服务周到", set(), {"excuse"}),
    ("excuse", S, "最近是旺季 单子实在太多了", {"excuse"}, set()),
    ("blame", S, "那是快递公司的问题，跟我们没关系", {"blame"}, set()),
    ("blame", S, "是之前那个同事弄错的，不是我", {"blame"}, set()),
    ("blame", S, "是我们的问题，我们会负责到底", {"solution"}, {"blame"}),
    # asking whether our own side slipped (是不是我们的…) is a check, not "not one of ours"
    ("blame", S, "是不是我们的配送员没有把单子交给您？", set(), {"blame"}),
    ("blame", S, "請問是不是我們的技師當天沒有先跟您說明", set(), {"blame"}),
    ("blame", S, "这个是不是我们的问题 我马上查一下", set(), {"blame"}),
    ("blame", S, "开车的那个不是我们的司机，是平台派的", {"blame"}, set()),
    ("blame", S, "那个不是我们的问题，您去问银行", {"blame"}, set()),
    ("blame", S, "那天值班的是代班的临时工 不太清楚流程", {"blame"}, set()),
    ("blame", S, "那台车是我同事装的，我没经手", {"blame"}, set()),
    ("blame", S, "我是新來的，這部分我再跟主管確認", set(), {"blame"}),
    ("excuse", S, "这两天下大雪 订单爆单了 师傅们实在跑不完", {"excuse"}, set()),
    ("excuse", S, "高峰期服务器负荷太大 难免会卡", {"excuse"}, set()),
    ("dismissive", S, "这种情况每个月都会有几单，没什么", {"dismissive"}, set()),
    ("argue", S, "记录显示是您自己点的确认收货", set(), {"excuse"}),
    ("blame", S, "我帮您联系一下快递，问问包裹在哪", set(), {"blame"}),
    ("dismissive", S, "这种延误很正常，大家都是这么等的", {"dismissive"}, set()),
    ("dismissive", S, "这不是小事，我们会认真处理", {"solution"}, {"dismissive"}),
    ("argue", S, "您肯定是记错日期了", {"argue"}, set()),
    ("argue", S, "是我们搞错了，非常抱歉", {"apology"}, {"argue"}),
    ("argue", S, "其实我们的师傅都很专业 可能是您操作不当", {"argue"}, set()),
    ("argue", S, "我能理解，不过您当初为什么不早点来问", {"argue"}, {"empathy", "excuse"}),
    # an apology that opens an excuse is its cushion (playbook `excluded_by`, as every dev writer labels it)
    ("excuse", S, "实在不好意思，那段时间是高峰期，处理得慢", {"excuse"}, {"apology"}),
    ("overpromise", S, "我给您打包票，这周之内一定装好", {"overpromise"}, {"solution"}),
    ("dont_know", S, "这个我也不太清楚", {"dont_know"}, set()),
    ("dont_know", S, "如果有不清楚的地方，可以随时问我", set(), {"dont_know"}),
    # sarcastic thanks and apologies from the customer carry only what else the line says
    ("sarcasm", C, "谢谢啊 谢谢你们 我交了八百多服务费 就换来这个", {"fact"}, {"thanks", "abuse"}),
    ("sarcasm", C, "对不起有什么用？你们这群饭桶", {"abuse"}, {"apology", "fact"}),
    ("sarcasm", C, "真是谢谢你们了", set(), {"thanks", "fact", "request"}),
    # facts and requests by clause; acknowledgements and outbursts are neither
    ("fact", C, "嗯 我上礼拜六去你们店里做的保养 第二天发动机灯就亮了", {"fact"}, {"request"}),
    ("fact", C, "房东说押金要扣一半", {"fact"}, set()),
    ("fact", C, "你们的师傅来了两次都没修好，我要求换一台新的", {"fact", "request"}, set()),
    ("fact", C, "我要你们明天上午之前给我回电话", {"request"}, {"fact"}),
    ("fact", C, "好的 那我等你们消息", set(), {"fact", "request"}),
    ("fact", C, "你们这个效率真的太低了", set(), {"fact"}),
    ("fact", C, "我的保单号是 三三七一零零二", set(), {"fact"}),
    ("request", C, "赶紧派人过来修", {"request"}, set()),
    ("request", C, "好 麻烦你了", set(), {"request"}),
    ("request", C, "你们到底修不修", {"request"}, set()),
    ("request", C, "到了酒店又给我安排了一间吸烟房", {"fact"}, {"request"}),
    ("request", C, "把你的工号报一下", {"request"}, {"unreasonable_demand", "threat"}),
    ("request", C, "我不是要你们道歉，我就想知道什么时候能到", {"request"}, set()),
    # insults aim at people; strong words about the service do not
    ("abuse", C, "你们这帮吸血鬼", {"abuse"}, set()),
    ("abuse", C, "这服务真的太垃圾了", set(), {"abuse"}),
    ("abuse", C, "我买的猪肉有异味", {"fact"}, {"abuse"}),
    ("abuse", C, "我被骗子骗了两千块", {"fact"}, {"abuse"}),
    ("abuse", C, "我都傻眼了", set(), {"abuse", "fact"}),
    # threats: conditional, negated, legitimate complaints, harmless mentions
    ("threat", C, "今天不给我退款，我就天天去你们店门口闹", {"threat"}, set()),
    ("threat", C, "再敢糊弄我，我让你们店开不下去", {"threat"}, set()),
    ("threat", C, "我已经找好律师了 你们等着收律师函吧", {"threat"}, {"fact"}),
    ("threat", C, "我没打算告你们，就是想要个说法", {"request"}, {"threat"}),
    ("threat", C, "我会去消费者协会投诉的", set(), {"threat"}),
    ("threat", C, "我在小红书上看到你们的推荐才来的", set(), {"threat"}),
    # out of proportion, or an ordinary demand
    ("demand", C, "让你们老板亲自上门给我道歉", {"unreasonable_demand"}, {"request"}),
    ("demand", C, "叫你们主管来接电话", {"request"}, {"unreasonable_demand"}),
    ("demand", C, "把你的私人微信给我，我有事直接找你", {"unreasonable_demand"}, set()),
    ("demand", C, "我的私人电话是一三八零零", set(), {"unreasonable_demand"}),
    ("demand", C, "你今天下班后到我家来一趟", {"unreasonable_demand"}, set()),
    ("demand", C, "你们明天派师傅来我家修一下", {"request"}, {"unreasonable_demand"}),
    ("threat", C, "我会请律师来处理这件事", set(), {"threat"}),
    ("demand", C, "以后我家的快递你们都得免费送", {"unreasonable_demand"}, set()),
    # Traditional characters (Taiwan usage) arrive converted by OpenCC tw2sp
    ("traditional", S, "造成您的困擾 我們深感抱歉", {"apology"}, set()),
    ("traditional", S, "我們會在三個工作天內把款項退回您的帳戶", {"solution"}, set()),
    ("traditional", S, "這是規定，我們也沒辦法", {"excuse"}, set()),
    ("traditional", C, "你們的客服說三天內會回電 結果一個禮拜都沒消息", {"fact"}, set()),
    ("traditional", C, "我要把對話截圖貼到網路上", {"threat"}, set()),
    # ASR: spaces instead of punctuation, fillers, homophones (报歉, 包歉, 退宽, 行礼, 公号, 陪偿, 暴光)
    ("asr", S, "嗯 那个 真的很报歉 耽误您时间了", {"apology"}, set()),
    ("asr", S, "真的很包歉", {"apology"}, set()),
    ("asr", C, "那个 我的行礼到现在都没到", {"fact"}, set()),
    ("asr", C, "希望你们尽快给我退宽", {"request"}, set()),
    ("asr", C, "把你的公号告诉我", {"request"}, {"fact", "threat"}),
    ("asr", C, "我要把你们的事情暴光到微博上", {"threat"}, set()),
    ("asr", C, "你们必须陪偿我的损失", {"request"}, set()),
    # Hong Kong Cantonese: function words read as Mandarin (嘅→的, 哋→们, 係→是 after 其实/都/只, 咗→了, 冇→没有)
    ("cantonese", S, "呢單嘢其實係速遞公司嘅責任，唔關我哋事", {"blame"}, {"apology"}),
    ("cantonese", C, "我上個禮拜已經交咗訂金，到而家都冇人覆我", {"fact"}, {"request"}),
    ("cantonese", C, "你哋班客服全部都係廢柴", {"abuse"}, set()),
    ("cantonese", C, "我知道你哋公司喺邊度，你哋自己睇住辦", {"threat"}, set()),
    ("cantonese", S, "唔好意思，可唔可以講低你嘅訂單號碼？", set(), {"apology", "dont_know"}),
    ("cantonese", S, "我同你覆述一次：你係上個月十號交嘅按金，到而家都未退，係咪咁？", {"confirm"}, {"excuse"}),
    # blame: "we are only the platform / the agent", a junior or an outsider did it
    ("blame-middleman", S, "我们只是个平台，卖家发什么货我们管不了", {"blame"}, set()),
    ("blame-middleman", S, "我們只負責轉達，房東那邊不同意我們也沒辦法", {"blame"}, set()),
    ("blame-junior", S, "應該是上禮拜剛來的助理排錯的", {"blame"}, set()),
    ("blame-junior", S, "估计是外面请的师傅接的线 不是我们公司的人", {"blame"}, set()),
    ("blame-junior", S, "我是新来的客服，很多事情还在学", set(), {"blame"}),
    ("blame-junior", S, "那天应该是兼职的保洁阿姨弄的", {"blame"}, set()),
    # dismissive: "quite common", "happens to lots of <members>", "a small <harm> is unavoidable"
    ("dismissive", S, "这种情况其实挺普遍的 不用太紧张", {"dismissive"}, set()),
    ("dismissive", S, "新裝修的房子有點味道，蠻正常的啦", {"dismissive"}, set()),
    ("dismissive", S, "不少会员都会碰到扣费延迟", {"dismissive"}, set()),
    ("dismissive", S, "打针的时候难免会有点小淤青", {"dismissive"}, set()),
    ("dismissive", S, "您的检查结果都正常，可以放心", set(), {"dismissive"}),
    ("dismissive", S, "您会不高兴是很正常的", {"empathy"}, {"dismissive"}),
    ("empathy", S, "您觉得委屈也是人之常情", {"empathy"}, set()),
    # argue: "we did tell you", "but your child kept running around", "most likely you set it up wrong"
    ("argue-told", S, "师傅安装那天已经提醒过您不能沾水", {"argue"}, set()),
    ("argue-told", S, "可是我們當初有跟您說明過，過了七天就不能退", {"argue"}, {"excuse"}),
    ("argue-told", S, "技师有没有跟您说过要注意什么", set(), {"argue"}),
    ("argue-side", S, "不过您家孩子上课的时候一直不听话", {"argue"}, {"excuse"}),
    ("argue-likely", S, "十有八九是您自己密码输错了", {"argue"}, set()),
    ("argue-likely", S, "可能是您那边收不到短信，我帮您换个方式", set(), {"argue"}),
    # facts: what something is for and when it is needed; future or conditional 了 is no fact
    ("fact-purpose", C, "这束花是给我妈过生日用的 礼拜天就要用", {"fact"}, set()),
    ("fact-future", C, "那要是以后再漏水了怎么办", set(), {"fact"}),
    ("fact-future", C, "算了 这个我不要了 把钱退给我", {"request"}, {"fact"}),
    ("fact-retort", C, "你说得倒轻松", set(), {"fact"}),
    ("fact-retort", C, "你的意思是说是我自己弄坏的？", set(), {"fact"}),
    ("fact-narrative", C, "你们司机把箱子递给我的时候就已经凹了", {"fact"}, {"request"}),
    # requests: reminders, a call back, a bare "refund me"
    ("request-remind", C, "你记得今天下班前回我电话", {"request"}, set()),
    ("request-remind", C, "別忘了把收據寄給我", {"request"}, {"fact"}),
    ("request-remind", C, "有消息了就打给我", {"request"}, {"fact"}),
    ("request-remind", C, "他上午打给我说货已经到了", {"fact"}, {"request"}),
    ("request-bare", C, "不想等了，退款", {"request"}, set()),
    ("request-bare", C, "請你們今天之內給我一個答覆", {"request"}, set()),
    # threats: veiled ("see what happens", "bring my brothers"); abuse: "you know shit", people called garbage
    ("threat-veiled", C, "一个星期不解决，后果你们自负", {"threat"}, set()),
    ("threat-veiled", C, "行，你们自己掂量掂量", {"threat"}, set()),
    ("threat-veiled", C, "我叫上一帮兄弟去你们门店坐坐", {"threat"}, set()),
    ("threat-veiled", C, "我周末带我爸去你们店里看看", set(), {"threat"}),
    ("abuse", C, "你懂个屁啊", {"abuse"}, set()),
    ("abuse", C, "你们这些销售全是骗钱的人渣", {"abuse"}, set()),
    ("abuse", C, "你们这售后真是垃圾", set(), {"abuse"}),
    # excuse: the workload per day as the reason
    ("excuse-workload", S, "安装师傅一天要跑二十几户，实在排不开", {"excuse"}, set()),
    ("excuse-workload", S, "我一天可以帮您处理三个单子", {"solution"}, {"excuse"}),
    # solution: a call-back said 回您电话, an appointment booked for the customer, consulting the doctor in charge
    ("solution", S, "檢查報告出來以後，我禮拜三中午前回您電話", {"solution"}, set()),
    ("solution", S, "我先帮您约下周一上午的复诊", {"solution"}, set()),
    ("solution", S, "补偿的部分我跟院长商量好再告诉您", {"solution"}, set()),
    # facts: how it was paid, how soon it failed
    ("fact-paid", C, "那套沙发是全款买的，才坐了一个月就塌了", {"fact"}, set()),
    # another party is handling it; peak periods and volume; "it's really nothing"; asking for the status
    ("blame-other", S, "退款這塊是銀行那邊在處理的，我們決定不了", {"blame"}, set()),
    ("excuse-peak", S, "那几天正赶上春运，咨询量特别大", {"excuse"}, set()),
    ("excuse-peak", S, "您是春运期间买的票，对吗", {"confirm"}, {"excuse"}),
    ("dismissive", S, "其实没什么啦，洗一洗就干净了", {"dismissive"}, set()),
    ("dismissive", S, "检查下来没什么问题，您放心", set(), {"dismissive"}),
    ("request", C, "我想问问我的报修单处理到哪了", {"request"}, {"fact"}),
    # round 5 (families behind the zh-d24–d27 errors, in other wording): the circumstances as the reason —
    # too many for one carer, a holiday rush, staff on leave, jammed lines, the system, the weather, head office
    ("excuse-ratio", S, "一个护工要照顾十几位老人，确实顾不过来", {"excuse"}, set()),
    ("excuse-ratio", S, "那天病房里三十多个病人，就一个护士在值班", {"excuse"}, set()),
    ("excuse-ratio", S, "我们一个班二十个孩子配三位老师", set(), {"excuse"}),
    ("excuse-holiday", S, "因为碰上国庆长假，包裹量比较大，派送会晚两天", {"excuse"}, set()),
    ("excuse-holiday", S, "唔好意思，因為係聖誕節前，啲單多咗好多", {"excuse"}, {"apology"}),
    ("excuse-holiday", S, "春节期间我们照常营业，您随时可以来", set(), {"excuse"}),
    ("excuse-leave", S, "那几天刚好技师请假，所以维修排得比较久", {"excuse"}, set()),
    ("excuse-leave", S, "王医生下周休假，我帮您改约到李医生", set(), {"excuse"}),
    ("excuse-line", S, "那段时间热线太繁忙了，所以一直没人接", {"excuse"}, set()),
    ("excuse-line", S, "嗰陣電話線真係好繁忙，所以冇人聽到", {"excuse"}, set()),
    ("excuse-system", S, "上個月系統在升級，有些退款申請卡住了", {"excuse"}, set()),
    ("excuse-system", S, "我帮您看一下是不是系统出了问题", set(), {"excuse"}),
    ("excuse-system", S, "系统显示您的包裹已经签收了", set(), {"excuse"}),
    ("excuse-weather", S, "这几天暴雨的关系，航班都延误了", {"excuse"}, set()),
    ("excuse-weather", S, "受台风影响，我们会优先给您安排明天的航班", set(), {"excuse"}),
    ("excuse-authority", S, "赔偿金额是总公司统一定的，我们门店没有这个权限", {"excuse"}, {"blame"}),
    ("excuse-authority", S, "运费标准是集团那边统一制定的 我们分店没这个权力改", set(), {"blame"}),
    ("excuse-authority", S, "呢個係總部話事嘅，我哋前線冇權改", {"excuse"}, set()),
    ("excuse-authority", S, "这个是由总部决定的，我会帮您向总部申请", set(), {"excuse"}),
    ("excuse-control", S, "天气这种事情不是我们能控制的", {"excuse"}, set()),
    ("excuse-rule", S, "呢個係公司規定嚟㗎，我都冇計", {"excuse"}, set()),
    ("excuse-rule", S, "我已经联系了负责流程的同事，今天给您回电", set(), {"excuse"}),
    # blame: a third party made it, someone else was in charge, a branch or a predecessor failed a duty, the other
    # side is out of our hands; "we didn't hand it over" owns it, and "I don't know, not my class" is dont_know
    ("blame-maker", S, "这份评估报告是外面的鉴定公司做的，不是我们自己出的", {"blame"}, set()),
    ("blame-maker", S, "这份报告是我们自己检测的，结果我负责", set(), {"blame"}),
    ("blame-in-charge", S, "午餐那段时间是由助教在看的，班主任去开会了", {"blame"}, set()),
    ("blame-in-charge", S, "这一块是我在负责的，您有问题直接找我", set(), {"blame"}),
    ("blame-duty", S, "上一任店长没有把您的预约登记进去", {"blame"}, set()),
    ("blame-duty", S, "應該是門市的店員沒有按流程幫您登記", {"blame"}, set()),
    ("blame-duty", S, "估计是仓库同事发错了货", {"blame"}, set()),
    ("blame-duty", S, "前一个客服下班前没交代清楚，所以您的单子没人跟", {"blame"}, set()),
    ("blame-duty", S, "我们之前没有通知到您，这是我们的疏忽", set(), {"blame"}),
    ("blame-duty", S, "我们没有交接好，是我们的问题，我马上补救", set(), {"blame"}),
    ("blame-control", S, "加盟店那边的定价我们总部管不到", {"blame"}, {"excuse"}),
    ("blame-control", S, "外判公司嗰邊嘅嘢，我哋控制唔到", {"blame"}, {"excuse"}),
    ("dont_know", S, "这个我真不清楚，售后那块不归我们管", {"dont_know"}, {"blame"}),
    # argue: the contract in its regional names, "you probably left it out", "you did sign", "wasn't it you"
    ("argue-contract", S, "會員章程裡寫得很清楚，暫停要提前申請", {"argue"}, set()),
    ("argue-likely", S, "大概是您下单的时候漏填了门牌号", {"argue"}, set()),
    ("argue-signed", S, "入住的时候您也签过字的", {"argue"}, set()),
    ("argue-signed", S, "请问您签过字了吗", set(), {"argue"}),
    ("argue-suggest", S, "是不是你自己不小心删掉了", {"argue"}, set()),
    ("argue-in-charge", S, "其实我们的老师都很负责", {"argue"}, set()),
    # dismissive: "lots of guests are like that", "only two days late" (Cantonese 啫), a "but" that plays it down
    ("dismissive", S, "好多客人都係咁㗎，遲幾日就冇事", {"dismissive"}, set()),
    ("dismissive", S, "都係遲咗兩日啫", {"dismissive"}, set()),
    ("dismissive", S, "我哋只係想幫你啫", set(), {"dismissive"}),
    ("dismissive-but", S, "不过这种划痕其实很常见，不影响使用", {"dismissive"}, {"excuse"}),
    ("overpromise", S, "放心，我一定帮您全部退回来", {"overpromise"}, {"solution"}),
    # steps: thanks for holding mid-call is no closing; a look-up is no read-back; a Cantonese read-back
    ("thanks-holding", S, "谢谢您久等，我查到您的订单了", set(), {"thanks"}),
    ("thanks-holding", S, "谢谢您的耐心等候，祝您生活愉快", {"thanks"}, set()),
    ("confirm-lookup", S, "我核对一下系统里的记录，麻烦您稍等", set(), {"confirm"}),
    ("confirm-cantonese", S, "我同你確認一下，你上個禮拜五落嘅單到而家都未收到，係咪呀", {"confirm"}, set()),
    # customer: Cantonese requests, a conditional 我要是, a consequence 不然…了, a retort 叫…？
    ("request-cantonese", C, "你幫我問下師傅幾時可以上門", {"request"}, set()),
    ("request-cantonese", C, "我想你哋聽日之前覆返我", {"request"}, set()),
    ("request-conditional", C, "我要是明天还收不到，就去消委会投诉", set(), {"request"}),
    ("fact-conditional", C, "你们赶紧派人送过来，不然孩子就没奶粉喝了", {"request"}, set()),
    # round 7 (families behind the zh-d30–d33 errors, in other wording): a packed schedule as the reason; "nothing I
    # can do" that hands over to a supervisor; the postman or the building's guard slipped; "it can never happen again";
    # "not a big deal, it happens now and then"; Cantonese 唔係好清楚; 乳猪 is food
    ("excuse-packed", S, "那周预约都排得满满的，技师一忙就漏了一项", {"excuse"}, set()),
    ("excuse-packed", S, "保养那天工位排得很紧，所以没来得及帮您洗车", {"excuse"}, set()),
    ("excuse-packed", S, "預約那天剛好排滿了，我幫您改到禮拜四上午", {"solution"}, {"excuse"}),
    ("excuse-packed", S, "我们会安排紧急处理，请您放心", set(), {"excuse"}),
    ("excuse-handover", S, "退款这个我这边没办法直接批，我让值班经理来跟您说", set(), {"excuse"}),
    ("excuse-handover", S, "这个我们也没办法，系统就是这么设定的", {"excuse"}, set()),
    ("blame-courier", S, "应该是邮递员投错了信箱", {"blame"}, {"argue"}),
    ("blame-courier", S, "可能是大厦保安签收后忘了交给您", {"blame"}, {"argue"}),
    ("blame-courier", S, "保安没给您打电话吗？", set(), {"blame"}),
    ("blame-courier", S, "是我们这边寄错了地址，真的很抱歉", {"apology"}, {"blame"}),
    ("overpromise-never", S, "您放心，这种事以后肯定不可能再发生", {"overpromise"}, {"argue"}),
    ("overpromise-asr", S, "我向您保正，下礼拜之前一定寄到", {"overpromise"}, {"solution"}),
    ("argue", S, "您说我们少发了？这不可能，出库都有称重", {"argue"}, {"overpromise"}),
    ("dismissive-rare", S, "这种小状况偶尔都会有的", {"dismissive"}, set()),
    ("dismissive-rare", S, "其实不算什么大问题", {"dismissive"}, set()),
    ("dismissive-rare", S, "呢啲唔係咩大件事嚟嘅", {"dismissive"}, set()),
    ("dismissive-rare", S, "对您来说这当然不是小事", set(), {"dismissive"}),
    ("dismissive-rare", S, "这不是大问题，我马上帮您换", {"solution"}, {"dismissive"}),
    ("dont_know-cantonese", S, "嗰批貨點解遲咗我唔係好清楚", {"dont_know"}, set()),
    ("empathy-of-course", S, "弄成这样您当然不高兴", {"empathy"}, set()),
    ("empathy-of-course", S, "这个当然不方便透露", set(), {"empathy"}),
    ("confirm-cantonese", S, "我同你核對下：你上個月訂嘅沙發到而家都未送到，係咪咁呀？", {"confirm"}, set()),
    ("solution-review", S, "谢谢您的反馈，我们内部会好好检讨", {"thanks"}, {"solution"}),
    ("solution-review", S, "我们会检讨流程，今天先给您退款", {"solution"}, set()),
    # customer: a sceptical "let's hope so", identity answers, a bare "yes, right", "get someone who knows to tell me",
    # others waiting on it, "…错了又是怎么回事" asks; the roast pig is no insult
    ("request-hope", C, "但愿吧", set(), {"request"}),
    ("request-hope", C, "嗯 希望如此", set(), {"request", "fact"}),
    ("request-hope", C, "希望你们下周前给我答复", {"request"}, set()),
    ("request-someone", C, "那你叫个懂的同事跟我说清楚", {"request"}, set()),
    ("request-someone", C, "叫你哋經理同我講", {"request"}, {"fact"}),
    ("request-someone", C, "上次他们派了个师傅跟我说没问题", {"fact"}, {"request"}),
    ("fact-waiting", C, "工人都在等着这批瓷砖，晚一天就多付一天的工钱", {"fact"}, set()),
    ("fact-waiting", C, "那我在家等你们电话", set(), {"fact"}),
    ("fact-identity", C, "王大明，六十五年三月二号", set(), {"fact"}),
    ("fact-identity", C, "李小姐 八十一年十月五號生", set(), {"fact"}),
    ("fact-ack", C, "係呀，冇錯", set(), {"fact"}),
    ("fact-ack", C, "对，没错。", set(), {"fact"}),
    ("fact-question", C, "地址写错了又是怎么回事", set(), {"fact"}),
    ("fact-question", C, "地址写错了，包裹被退回去了", {"fact"}, set()),
    ("fact-unknown", C, "单号我不记得放哪了，你查我手机号吧", set(), {"fact"}),
    ("fact-unknown", C, "我不知道你们已经把我的预约取消了", {"fact"}, set()),
    ("abuse-food", C, "烧猪少了一只，钱倒是照收", {"fact"}, {"abuse"}),
    ("abuse-food", C, "不算大事？我等了一个多小时", {"fact"}, {"abuse"}),
    ("abuse", C, "你们是猪吗", {"abuse"}, set()),
    # round 8 (families behind the zh-d34–d36 errors, in other wording): a bare junior did it; "not handmade by us"
    # beside another party; "you said it was fine yourself", "we had you check it", "are you sure it was like that?"
    # after a "but" is arguing, not an excuse; "you arrange it yourselves" asks; "send to my mum" tells
    ("blame-junior", S, "那批蛋糕是徒弟烤的嘛，火候可能没掌握好", {"blame"}, set()),
    ("blame-junior", S, "是实习生帮您登记的，她可能漏看了", {"blame"}, set()),
    ("blame-junior", S, "是學徒做的沒錯，這是我們的責任，我們重新幫您做", set(), {"blame"}),
    ("blame-junior", S, "您是说是学徒修的吗", set(), {"blame"}),
    ("blame-not-us", S, "那个包装是物流那边统一套的，不是我们自己贴的", {"blame"}, {"excuse"}),
    ("blame-not-us", S, "发票是系统那边开的，不是我们手填的", {"blame"}, set()),
    ("argue-own-ok", S, "不过您当时验货的时候，自己也说没问题的", {"argue"}, {"excuse"}),
    ("argue-own-ok", S, "可是交房那天我们有当面请您检查过墙面", {"argue"}, {"excuse"}),
    ("argue-own-ok", S, "但是我们出货的时候每次都是称过重量的", {"argue"}, {"excuse"}),
    ("argue-sure", S, "您确定收到的时候盒子就已经破了吗？", {"argue"}, set()),
    ("argue-sure", S, "您确定要取消这个订单吗", set(), {"argue"}),
    ("argue-sure", S, "要是您当时说可以的话，我们就直接寄出了", set(), {"argue"}),
    ("argue-own-it", S, "我们当时没有让您检查过，这是我们的疏失", set(), {"argue"}),
    ("request-yourselves", C, "赔偿的钱你们自己想办法，周五前给我结清", {"request"}, set()),
    ("request-yourselves", C, "不用你们自己安排，我已经叫好车了", set(), {"request"}),
    ("request-narrative", C, "上周买了一箱橙子寄给我爸，到了一半都烂了", set(), {"request"}),
    # owning it, or granting the feeling, is no caution (the learned layer included)
    ("own-it", S, "这次确实是我们这边的失误，我们马上给您处理", set(), {"blame"}),
    ("own-it", S, "您着急是完全可以理解的", set(), {"dismissive"}),
    # round 9 (families behind the zh-d37–d39 errors, in other wording; Beijing,
    # Shanghai and Taiwan registers): colloquial insults for a person (二把刀, 忽悠人的主儿,
    # 戆大); 把…挂/发 <platform> 上 and a third person's job threatened; "not one of ours"
    # is blame, not knowing how another party tests is not; "counts as human damage"
    # and "he says so, but not necessarily every time" argue; a cushion before 跟您确认;
    # "shouldn't have made you…" grants the feeling; a procedure changed from now on;
    # "可以先…再…吗" asks; "I'll wait for your call", 气煞人了 and a retort tell nothing
    ("abuse-colloquial", C, "你们那个装修队全是二把刀，你也好不到哪去", {"abuse"}, set()),
    ("abuse-colloquial", C, "一听就是个忽悠人的主儿", {"abuse"}, set()),
    ("abuse-colloquial", C, "侬真是个戆大，讲了三遍还听不懂", {"abuse"}, set()),
    ("abuse-colloquial", C, "这件外套二百五十块也太贵了", set(), {"abuse"}),
    ("threat-platform", C, "再不给我处理，我就把那个店员的照片发到小红书上", {"threat"}, {"request"}),
    ("threat-platform", C, "我把你们的聊天记录都截图挂脸书上", {"threat"}, set()),
    ("threat-platform", C, "我不会把他的照片发到网上的，你们放心", set(), {"threat"}),
    ("threat-platform", C, "我在抖音上看到你们的广告才买的", set(), {"threat"}),
    ("threat-livelihood", C, "今晚不给个说法，我就让那个保安丢饭碗", {"threat"}, set()),
    ("blame-not-ours", S, "那次上门的是外包的师傅，严格来说不是我们公司的员工", {"blame"}, {"excuse"}),
    ("blame-not-ours", S, "这位安装师傅是我们自己的员工，我们会负责到底", set(), {"blame"}),
    ("blame-not-ours", S, "厂家那边具体怎么检测的，我这边也不太清楚", {"dont_know"}, {"blame"}),
    ("argue-human-damage", S, "屏幕裂开属于人为损坏，不在保修范围内", {"argue"}, set()),
    ("argue-human-damage", S, "我们先检测一下，看是不是人为损坏", set(), {"argue"}),
    ("argue-check-first", S, "我先检查一下，看看是不是运输造成的", set(), {"argue"}),
    ("request-owe", C, "那我们还要再交多少钱", set(), {"request"}),
    ("argue-not-always", S, "您说每次都关好了，可也不见得每次都关紧吧", {"argue"}, {"excuse"}),
    ("argue-not-always", S, "您说您已经提交过了，我这边马上帮您查", set(), {"argue"}),
    ("argue-small-fault", S, "这种小问题其实挺正常的，过几天就好", {"dismissive"}, {"argue"}),
    ("cushion", S, "不好意思，跟您确认一下，您住的是几号楼？", set(), {"apology"}),
    ("cushion", S, "不好意思，这次让您白跑一趟", {"apology"}, set()),
    ("empathy-shouldnt", S, "真的不应该让您跑这么多趟", {"empathy"}, set()),
    ("empathy-shouldnt", S, "您不该让孩子一个人在家", set(), {"empathy"}),
    ("solution-from-now", S, "从下周开始，每一单都会由店长复核再发出", {"solution"}, set()),
    ("request-polite", C, "可以先帮我把旧的拆掉再装吗", {"request"}, set()),
    ("fact-wait-call", C, "行，那我等您明天的消息", set(), {"fact"}),
    ("fact-wait-call", C, "那我等你们下午三点的回电", set(), {"fact"}),
    ("fact-wait-call", C, "我点的是微辣，送来的是特辣", {"fact"}, set()),
    ("fact-outburst", C, "真是气煞人了", set(), {"fact"}),
    ("fact-retort", C, "一句不知道就把我打发了？", set(), {"fact"}),
    # round 11 (families behind the zh-d47–d49 errors, in other wording, Cantonese too):
    # "could it be your side / something you didn't notice?" and "did you use it first, before
    # you noticed?" argue (not with help offered, not owning it); "it was them who missed it",
    # "that team should have checked anyway" is blame (not a question, not "if it was them");
    # a "but" that moves on to a question is no excuse; what was overcharged, as the object of a
    # refund wish, is the request's
    ("argue-your-side", S, "会不会是您家里的阀门没关好，您当时没注意到", {"argue"}, set()),
    ("argue-your-side", S, "会唔会系你哋自己唔小心碰到", {"argue"}, set()),
    ("argue-your-side", S, "您是不是先洗过一次，才发现缩水的？", {"argue"}, set()),
    ("argue-your-side", S, "会不会是我们师傅没装好？我马上安排人过去看", set(), {"argue"}),
    ("argue-your-side", S, "是不是您那边没收到短信？我帮您重新发一次", set(), {"argue"}),
    ("argue-your-side", S, "会不会是邮件进了垃圾箱？我这边再给您发一封", set(), {"argue"}),
    # in Chinese a line that pushes the fault away or contradicts is that caution only, never also an excuse
    ("excuse-gives-way", S, "那几天单子太多了，而且是快递公司送错了", {"blame"}, {"excuse"}),
    ("excuse-gives-way", S, "不过我们收货的时候都量过尺寸，是不是您记错了", {"argue"}, {"excuse"}),
    ("excuse-stays", S, "那天仓库系统坏了，所以发货晚了两天", {"excuse"}, set()),
    ("blame-them", S, "这个是仓库那边打包的，是他们忘了放进去", {"blame"}, set()),
    ("blame-them", S, "前台办入住的时候本来就该提醒您的", {"blame"}, set()),
    ("blame-them", S, "是他们漏掉了吗？我查一下", set(), {"blame"}),
    ("excuse-question", S, "不过我想确认一下，您是哪天收到货的？", set(), {"excuse"}),
    ("fact-refund-object", C, "多扣的那部分钱退给我", {"request"}, {"fact"}),
    # round 12: "the system shows we did call", "didn't you notice?" (argue); a resend or a plain question is not
    ("argue-record", S, "后台记录显示我们上周三就打过电话通知您了", {"argue"}, set()),
    ("argue-record", S, "您会不会是当时没注意看邮件", {"argue"}, set()),
    ("argue-record", S, "后台显示我们发过提醒，我再帮您重新发一次", {"solution"}, {"argue"}),
    ("argue-record", S, "您是不是没收到短信？", set(), {"argue"}),
    ("argue-record", S, "我怕您没留意到，所以再提醒一下", set(), {"argue"}),
    # round 12: a named colleague's lapse (blame); a question or owning it is not
    ("blame-colleague", S, "负责您这单的小王调走了，他走之前没把资料交给我们", {"blame"}, set()),
    ("blame-colleague", S, "他是不是忘了把单子交上去？", set(), {"blame"}),
    ("blame-colleague", S, "我没把您的地址写进去，是我们的疏忽", set(), {"blame"}),
    # round 12: the supplier never sent it, we are stuck waiting (excuse); chasing it for the customer is a step
    ("excuse-supplier", S, "配件一直是供应商那边迟迟没发过来，我们也只能干等", {"excuse"}, set()),
    ("excuse-supplier", S, "货一直是原厂那边没寄来 我们也只好等", set(), {"blame"}),
    ("excuse-supplier", S, "厂家那边还没回复，我们会每天帮您催，有消息马上通知您", {"solution"}, {"excuse"}),
    ("excuse-supplier", S, "我们这边也在等，明天上午给您回电话", {"solution"}, {"excuse"}),
    # round 12: the lesson put into the routine, a call-back said 打给您 with a time; a read-back of it is confirm
    ("solution", S, "出门前检查轮胎这一步我们以后会加进作业流程", {"solution"}, set()),
    ("solution", S, "我明天中午前打给您说结果", {"solution"}, set()),
    ("solution", S, "您希望我们明天打给您，对吗", {"confirm"}, {"solution"}),
    # round 12: "surely I won't be charged again" asks; asking the price does not
    ("request-assume", C, "上次已经修过一次了，这次应该不用再付钱了吧", {"request"}, set()),
    ("request-assume", C, "我还要付多少钱", set(), {"request"}),
    # round 13: declining the rest after owning the fault and a real remedy
    # is no excuse; "we'll refund it all" is a step
    (
        "excuse-owned",
        S,
        "漏发配件是我们仓库的失误，运费我们全额退还，明天之前到账，别的补偿我们没办法再加了",
        {"solution"},
        {"excuse"},
    ),
    ("excuse-owned", S, "这个我们也没办法，规定就是这样", {"excuse"}, set()),
    ("solution", S, "押金下班前退回到您卡上", {"solution"}, set()),
    # round 13: 请问 asks, 不用您去找 spares the customer, 由我们承担 takes it on: none
    # of them sends the customer elsewhere
    ("blame-sendoff", S, "请问您是在哪家商家下的单？", set(), {"blame"}),
    ("blame-sendoff", S, "您不用自己去联系快递，我们来处理", {"solution"}, {"blame"}),
    ("blame-sendoff", S, "维修费用由我们全部承担，您不用再跑一趟银行", {"solution"}, {"blame"}),
    ("blame-sendoff", S, "这个您得自己去问快递公司", {"blame"}, set()),
    # round 13: the document's wording read against the customer's, "so it isn't late at all"; good news is no argument
    ("argue-wording", S, "说明书上写的是三个月保修，不是一年", {"argue"}, set()),
    ("argue-wording", S, "保单上写的是三十天，所以其实还没有逾期", {"argue"}, set()),
    ("argue-wording", S, "您的保修其实还没有过期，可以免费帮您修", {"solution"}, {"argue"}),
    ("argue-wording", S, "合同上写的是两年，不是三年，对吧？", {"confirm"}, {"argue"}),
    # round 13: an empathy clause of its own after "sorry to have made you…" still counts; 好 as "very" (Cantonese)
    ("empathy", S, "对不起让您白跑了一趟，这么冷的天，辛苦您了", {"apology", "empathy"}, set()),
    ("empathy", S, "真係唔好意思，搞到你一定好擔心", {"empathy"}, set()),
    # round 13: "we'll follow it up properly" and nothing named is a courtesy; with a call-back time it is a step
    ("solution-vague", S, "收到您的意见，我们会认真跟进的", set(), {"solution"}),
    ("solution-vague", S, "我们会跟进，明天中午前给您回电话", {"solution"}, set()),
    # round 13: a retort that carries the customer's own account still reports it; scorn for an offer asks for nothing
    ("fact-retort", C, "好意思说正常？你们多收了我两百块服务费，我还请了半天假，这叫正常？", {"fact"}, set()),
    ("request-scorn", C, "等了三个月，结果就给我一张五十块的优惠券？", set(), {"request"}),
    ("request-scorn", C, "给我一张新的发票", {"request"}, set()),
    # round 14 (families behind the zh-d60–d64 errors, in other wording): helplessness in regional words (没辙, 冇计,
    # 莫得法, not 计划); costs gone up, the season's load, the weather's force or the jam, only one or two on the floor
    # as the reason (not a price rise sold, not advice, not staff offered); a place's surroundings are no party to blame
    ("excuse-helpless", S, "这事儿我们客服这边也没辙，得等厂家发件", {"excuse"}, set()),
    ("excuse-helpless", S, "呢個價錢係總部定嘅，我哋都冇計", {"excuse"}, set()),
    ("excuse-helpless", S, "師傅那邊也是莫得法，零件還沒到", {"excuse"}, set()),
    ("excuse-helpless", S, "这事我们也没啥招", {"excuse"}, {"dismissive"}),
    ("excuse-helpless", S, "我们会做好排班计划，下周给您答复", set(), {"excuse"}),
    ("excuse-cost", S, "今年原材料涨得太凶了，我们也是跟着调的价", {"excuse"}, set()),
    ("excuse-cost", S, "这款产品下个月要涨价，您现在下单更划算", set(), {"excuse"}),
    ("excuse-season", S, "入冬以后用电量特别大，线路就容易跳闸", {"excuse"}, set()),
    ("excuse-season", S, "冬天的话用电量会大一些，建议您错开高峰用", set(), {"excuse"}),
    ("excuse-weather", S, "昨天雪下得那么大，快递车都开不进来", {"excuse"}, set()),
    ("excuse-weather", S, "高速堵得水泄不通，司机下午才到", {"excuse"}, set()),
    ("excuse-few-staff", S, "那晚店裡只有兩個服務員，所以上菜慢了點", {"excuse"}, set()),
    ("excuse-few-staff", S, "那天晚上仓库就一个人值班，所以漏装了一件", {"excuse"}, set()),
    ("excuse-few-staff", S, "我們店裡有兩個師傅可以幫您看", set(), {"excuse"}),
    ("excuse-place", S, "山區那邊訊號比較差，這個我們也控制不了", {"excuse"}, {"blame"}),
    ("excuse-place", S, "物流那边的事我们管不了", {"blame"}, {"excuse"}),
    # round 14: declining the rest after a real remedy in the same line is no excuse; a bare "no authority" is
    ("excuse-owned", S, "运费今天就给您退回去，其他的补偿我没有这个权限", {"solution"}, {"excuse"}),
    ("excuse-owned", S, "这个补偿我没有权限批，得总部定", {"excuse"}, set()),
    # round 14: checking a photo the customer sends reads nothing back; "otherwise we'd never have known" is no
    # refusal to know; a fee waived and a visit in person are steps ("I checked it myself" is not)
    ("confirm-photo", S, "麻烦您把收据拍照发过来，我这边核对一下", set(), {"confirm"}),
    ("confirm-photo", S, "我跟您核对一下，您是上周五在门店买的，对吗", {"confirm"}, set()),
    ("dont_know-otherwise", S, "幸好您打来告诉我们，不然我们都不知道货发错了", set(), {"dont_know"}),
    ("solution-waive", S, "這次上門費跟材料都不另外收", {"solution"}, set()),
    ("solution-waive", S, "如果超过保修期，零件费用要另外收", set(), {"solution"}),
    ("solution-in-person", S, "明天下午我亲自上门帮您看看", {"solution"}, set()),
    ("solution-in-person", S, "那台车我亲自检查过，没有问题", set(), {"solution"}),
    # round 14: "everyone has to get used to it", "new ones are like that at first", "plenty of places are the same"
    ("dismissive-adapt", S, "剛配的助聽器初初戴係咁㗎啦，慢慢就習慣", {"dismissive"}, set()),
    ("dismissive-adapt", S, "新鞋刚开始穿都是这样的啦", {"dismissive"}, set()),
    ("dismissive-adapt", S, "每个人都要适应一段时间，我们可以帮您调一下松紧", set(), {"dismissive"}),
    ("dismissive-many", S, "好多小区都这样，您也不是第一家", {"dismissive"}, set()),
    ("dismissive-many", S, "像您这样的情况多了去了", {"dismissive"}, set()),
    ("empathy-hard", S, "带着孩子跑了三趟，真是辛苦", {"empathy"}, set()),
    ("empathy-hard", S, "我们这边最近真是很辛苦", set(), {"empathy"}),
    # round 14, customer: an outburst about the staff's words tells nothing; "I want to ask" before a story, a retort
    # that carries a family member's harm, a daily need still tell it; "must do it for me", "I only want to know"
    # and "sent it, have a look" do not; "not a cent more" asks; colloquial insults (not 你个人); the staff's home
    ("fact-outburst", C, "你这话说得真叫人寒心", set(), {"fact"}),
    ("fact-outburst", C, "我等了三个钟头才到，真是让人恼火", {"fact"}, set()),
    ("fact-ask", C, "請問一下，我上禮拜明明已經退貨了，怎麼還扣了我的錢", {"fact"}, set()),
    ("fact-for-me", C, "退货记录要帮我撤销了", set(), {"fact"}),
    ("fact-for-me", C, "你们帮我修了三次都没修好", {"fact"}, set()),
    ("fact-want-know", C, "我只想知道到底是谁没锁门", {"request"}, {"fact"}),
    ("fact-sent", C, "图片传过去了，你看一下", set(), {"fact", "request"}),
    ("fact-sent", C, "上礼拜我就把照片发给你们了，到现在都没人回", {"fact"}, set()),
    ("fact-retort", C, "凭什么？我爸腰疼得下不了床，你们还说不急？", {"fact"}, set()),
    ("fact-daily", C, "对，我天天要开这台车送货", {"fact"}, set()),
    ("fact-daily", C, "我每天都要打电话来催吗？", set(), {"fact"}),
    ("request-no-more", C, "我不会再多花一分钱了", {"request"}, {"fact"}),
    ("request-no-more", C, "当时我不想多花钱，就没换", {"fact"}, {"request"}),
    ("abuse-colloquial", C, "你个没脑子的东西，说半天都不明白", {"abuse"}, set()),
    ("abuse-colloquial", C, "你就是听不懂人话是吧", {"abuse"}, set()),
    ("abuse-colloquial", C, "你個人覺得這個東西好不好用", set(), {"abuse"}),
    ("abuse-colloquial", C, "你们这个破玩意儿又坏了", {"fact"}, {"abuse"}),
    ("demand-home", C, "告诉我你住哪，我自己去找你", {"unreasonable_demand"}, {"request"}),
    # round 15 (look-alike families of the retrained learned layer, in other wording): a go-ahead on the customer's
    # word, a plain "did it reach you?", a figure read back with 对吧, our own employee, the remedy's cost borne by us,
    # a past choice narrated, 破 said of a thing — and the true positives next to them
    ("argue-sure", S, "要是您那时候同意的话，我们就当天换好了", set(), {"argue"}),
    ("argue-sure", S, "只要您说可以，我们马上安排", {"solution"}, {"argue"}),
    ("argue-sure", S, "您当时自己也说可以的", {"argue"}, set()),
    ("argue-record", S, "您是不是没收到我们的邮件？", set(), {"argue"}),
    ("argue-record", S, "您是不是没注意看短信？", {"argue"}, set()),
    ("argue-wording", S, "发票上写的是三百，不是五百，对吧？", {"confirm"}, {"argue"}),
    ("argue-wording", S, "收据上写的是五号，不是十五号", {"argue"}, set()),
    ("blame-not-ours", S, "配送员是我们自己的员工，我们负责到底", set(), {"blame"}),
    ("blame-not-ours", S, "那个师傅不是我们的员工，是外包的", {"blame"}, set()),
    ("overpromise-cost", S, "检测费用由我们全部承担，您不用再专门跑一趟", {"solution"}, {"overpromise"}),
    ("overpromise-cost", S, "运费我们全包，保证三天内给您换好", {"overpromise"}, set()),
    ("request-no-more", C, "之前我不想多花钱，就没买保险", {"fact"}, {"request"}),
    ("request-no-more", C, "这次你们必须给我换新的", {"request"}, set()),
    ("abuse-colloquial", C, "你们这个破系统又登不上去了", {"fact"}, {"abuse"}),
    ("abuse-colloquial", C, "你们这帮骗子，卖的什么破东西", {"abuse"}, set()),
    # round 15 (families behind the zh-d65–d69 errors, in other wording): a third person's home address in regional
    # words, a staff member's comings and goings known and their workplace staked out — and the customer's own or a
    # delivery address, a business's address, the shop's hours, a past wait, a customer at the door
    ("demand-home", C, "那个快递员他家地址你告诉我", {"unreasonable_demand"}, {"request"}),
    ("demand-home", C, "把那個師傅家的地址給我", {"unreasonable_demand"}, set()),
    ("demand-home", C, "你將佢屋企地址俾我", {"unreasonable_demand"}, set()),
    ("demand-home", C, "侬拿伊屋里地址讲拨我听", {"unreasonable_demand"}, set()),
    ("demand-home", C, "麻烦寄到我屋企地址就得", set(), {"unreasonable_demand"}),
    ("demand-home", C, "厂家地址发我一下，我自己寄回去", set(), {"unreasonable_demand"}),
    ("demand-home", C, "送到家里地址就行", set(), {"unreasonable_demand"}),
    ("demand-home", C, "我也不知道他住哪", set(), {"unreasonable_demand", "threat"}),
    ("threat-stakeout", C, "我知道她幾點下班，我就守在你們公司樓下", {"threat"}, set()),
    ("threat-stakeout", C, "我知佢幾點放工，我就喺你哋舖頭門口等佢", {"threat"}, set()),
    ("threat-stakeout", C, "我知道那个师傅住哪，我自己会去找他算账", {"threat"}, set()),
    ("threat-stakeout", C, "我知道你们几点下班，所以赶在五点前打过来", set(), {"threat"}),
    ("threat-stakeout", C, "我昨天在你们店门口等了一个小时都没人开门", {"fact"}, {"threat"}),
    ("threat-stakeout", C, "我现在就在你们店门口，麻烦出来帮我搬一下", set(), {"threat"}),
    # round 15, cautions: "it's gone anyway" (V都V了) and a complaint waved through; hired from outside; "can't say" in
    # regional words, and "it depends on them" after not knowing (no excuse) — with their look-alikes
    ("dismissive-done", S, "反正丢都丢了，再找也找不回来", {"dismissive"}, set()),
    ("dismissive-done", S, "壞都壞咗，而家講都冇用", {"dismissive"}, set()),
    ("dismissive-done", S, "您来都来了，就顺便检查一下吧", set(), {"dismissive"}),
    ("dismissive-done", S, "坏都坏了，我们马上给您换一台新的", {"solution"}, {"dismissive"}),
    ("dismissive-complain", S, "你要投诉就去投诉吧", {"dismissive"}, set()),
    ("dismissive-complain", S, "随便您告，我们按规定办事", {"dismissive"}, set()),
    ("dismissive-complain", S, "你想投訴就投訴啦，我哋都係照規矩做", {"dismissive"}, set()),
    ("dismissive-complain", S, "您想投诉的话，可以打我们总部的电话", set(), {"dismissive"}),
    ("blame-outside", S, "那次换锁是外头找的师傅，我们也没经手", {"blame"}, set()),
    ("blame-outside", S, "嗰次係出面請嘅師傅做嘅", {"blame"}, set()),
    ("blame-outside", S, "我们会从外面请专业的师傅来帮您检测", set(), {"blame"}),
    ("dont_know-say", S, "什么时候能到，我这边也说不准", {"dont_know"}, set()),
    ("dont_know-say", S, "幾時到我都講唔準", {"dont_know"}, set()),
    ("dont_know-say", S, "几时能修好我也说不准，得看厂家那边", {"dont_know"}, {"excuse"}),
    ("dont_know-say", S, "我也不清楚，还要看保险公司怎么定", {"dont_know"}, {"excuse"}),
    ("dont_know-say", S, "我也不清楚，最近单子太多，还要看师傅排不排得过来", {"dont_know", "excuse"}, set()),
    ("dont_know-say", S, "说不定明天就到了", set(), {"dont_know"}),
    ("dont_know-say", S, "我普通话讲不好，您多包涵", set(), {"dont_know"}),
    # round 15, steps: a fright granted; 肯定会 before a physical consequence; the customer told to ring again; a bare
    # cushion before declining someone's private number
    ("empathy-fright", S, "孩子半夜发烧，您当时一定吓坏了吧", {"empathy"}, set()),
    ("empathy-fright", S, "車門突然打唔開，你一定嚇親", {"empathy"}, set()),
    ("empathy-fright", S, "这个价格肯定吓到不少人", set(), {"empathy"}),
    ("overpromise-predict", S, "铁架子放在阳台上淋雨，肯定会生锈的", set(), {"overpromise"}),
    ("overpromise-predict", S, "您放心，肯定会给您解决的", {"overpromise"}, set()),
    ("solution-call-again", S, "主管下午才回来，您下午再打过来问吧", set(), {"solution"}),
    ("solution-call-again", S, "店长今天不在，我记下来了，明天上午让他给您回电话", {"solution"}, set()),
    ("apology-refuse-private", S, "抱歉，同事的私人电话我们不能提供", set(), {"apology"}),
    ("apology-refuse-private", S, "不好意思，员工的私人号码不方便给您，给您带来不便真的很抱歉", {"apology"}, set()),
    # round 15, customer: "have him ring me back" (Cantonese 覆), "you must send someone", "it's for me to use", a
    # coming occasion or a change carried by a retort, the moment it was found out, "get your manager to tell me",
    # "ask for me"
    ("request-callback", C, "佢返嚟叫佢覆返我電話", {"request"}, set()),
    ("request-callback", C, "你让他回来就回电给我", {"request"}, set()),
    ("request-callback", C, "他昨天已经回我电话了", {"fact"}, {"request"}),
    ("request-send", C, "你们得派个师傅上门看看", {"request"}, set()),
    ("request-send", C, "你们上次派人来过了，还是没修好", {"fact"}, {"request"}),
    ("request-send", C, "之前已经派师傅来过 还是不行", set(), {"request"}),
    ("request-need", C, "這台電腦我明天上班要用的", {"fact"}, {"request"}),
    ("fact-occasion", C, "下个月我要出国，护照什么时候能办好？", {"fact", "request"}, set()),
    ("fact-retort", C, "一点点？整张沙发由米白变成灰色，你说一点点？", {"fact"}, set()),
    ("fact-found", C, "回家拆开一看才发现屏幕裂了", {"fact"}, set()),
    ("fact-found", C, "你们打开一看就知道是坏的", set(), {"fact"}),
    ("fact-boss", C, "那你叫你们经理跟我说", {"request"}, {"fact"}),
    ("fact-ask-for-me", C, "你帮我问一下昨天送货的那个司机", {"request"}, {"fact"}),
    ("fact-ask-for-me", C, "你帮我查一下，我上礼拜三就付了款", {"fact", "request"}, set()),
    # round 16, excuse: a "but" that asks the customer for a hand with the remedy, or leaves the rest to the manager
    # before
    # an answer, is no excuse; one that asks for understanding still is
    ("excuse-but-ask", S, "我今天就帮您申请补发，不过麻烦您把订单截图发给我一下", {"solution"}, {"excuse"}),
    ("excuse-but-ask", S, "维修单我已经提交了，但是麻烦你家里留个人开门", set(), {"excuse"}),
    ("excuse-but-ask", S, "可是麻烦你体谅一下，那天只有我一个人在店里", {"excuse"}, set()),
    (
        "excuse-but-consult",
        S,
        "今晚先帮您把房间换好，不过房费怎么减免，我得跟经理确认后才能答复您",
        {"solution"},
        {"excuse"},
    ),
    ("excuse-but-consult", S, "不过房费减免这个要经理批，我这边也没办法", {"excuse"}, set()),
    # round 16, excuse: Cantonese 做唔到主; waiting on head office to sign it off — not once the request is put in
    # for them
    ("excuse-authority", S, "退訂金呢樣嘢我哋分店做唔到主", {"excuse"}, set()),
    ("excuse-hq", S, "退押金要等总部审批的", {"excuse"}, set()),
    ("excuse-hq", S, "我已经帮您把申请提交了，要等总部审批，一般三个工作日", {"solution"}, {"excuse"}),
    # round 16, excuse: the volume granted (单子确实多), Southwest 送不赢 — not a sum overcharged (单子确实多收了)
    ("excuse-load", S, "那天中午外卖单子确实多，骑手送不赢", {"excuse"}, set()),
    ("excuse-load", S, "您那张单子确实多收了二十块，我马上退给您", {"solution"}, {"excuse"}),
    # round 16, excuse: the system did not pass the job on — not when it is being re-sent now
    ("excuse-system", S, "您的报修单可能是系统没推送出去，所以一直没人上门", {"excuse"}, set()),
    ("excuse-system", S, "系统没发出去的那条短信，我现在帮您重新发一遍", {"solution"}, {"excuse"}),
    # round 16, excuse: what a charge on the bill is and why it is itemised answers the question; with a load behind
    # it, no
    ("excuse-itemised", S, "系统上显示的是一笔上门检测费，因为这次换的零件不在保修里，所以另外计费", set(), {"excuse"}),
    ("excuse-itemised", S, "我这边看到是加急费，因为那几天单子太多了，所以另外收了", {"excuse"}, set()),
    # round 16, blame: the worker's own affair, the business named instead of "us", a worker only affiliated to us
    ("blame-own-affair", S, "那个司机收您小费是他私人的事，跟公司没关系", {"blame"}, set()),
    ("blame-own-affair", S, "那个美甲师是挂靠在店里的", {"blame"}, set()),
    ("blame-own-affair", S, "这件事跟公司有关系，我们一定负责到底", set(), {"blame"}),
    # round 16, blame: not knowing another department's business is `dont_know`; sending the customer to them is blame
    ("blame-dont-know", S, "押金什么时候退我不清楚，那是财务那边的事", {"dont_know"}, {"blame"}),
    ("blame-dont-know", S, "那是财务那边的事，您自己去找他们问，我不清楚", {"blame"}, set()),
    # round 16, blame: a colleague named only as who took it and the system as what lost it is an excuse; a
    # colleague's slip
    # stays blame
    ("blame-system", S, "那张单是值班同事录的，可能系统出了问题没有推送给师傅", {"excuse"}, {"blame"}),
    ("blame-system", S, "是上一班的同事没有登记，系统里才查不到", {"blame"}, set()),
    # round 16, argue: "strictly speaking not late"; not when the line goes on to make it up
    ("argue-strictly", S, "按合同是三十个工作日，严格来讲还不算逾期", {"argue"}, set()),
    ("argue-strictly", S, "严格说不算超时，不过让您多等了，我会给您免掉运费", set(), {"argue"}),
    # round 16, argue: "其实挺正常" about the customer's trouble plays it down; a machine found working contradicts
    ("dismissive-normal", S, "新轮胎刚开始有点异响其实挺正常的", {"dismissive"}, {"argue"}),
    ("argue-normal", S, "我们检测过了，其实机器是正常的", {"argue"}, set()),
    # round 16, argue: "it's not that we never told you", "we had sent the notice in advance", "you've got it wrong"
    # — not
    # one's own slip, not with the lapse owned
    ("argue-notified", S, "不是没有提醒过您，短信前两天就发过了", {"argue"}, set()),
    ("argue-notified", S, "我们提前一周就在群里发了通知的", {"argue"}, set()),
    ("argue-notified", S, "我们提前发了通知，只是没有发到您那一栋，这是我们的疏忽", set(), {"argue"}),
    ("argue-wrong", S, "先生你说错了，我们没有收过这笔钱", {"argue"}, set()),
    ("argue-wrong", S, "不好意思，是我刚才说错了，应该是下周二", set(), {"argue"}),
    # round 16, argue: "we caused you to misunderstand" owns it
    ("argue-misunderstand", S, "对不起，是我们说明不清楚，让您误会了", {"apology"}, {"argue", "dont_know"}),
    ("argue-misunderstand", S, "您误会了，我们从来没有收过这笔钱", {"argue"}, set()),
    # round 16, dont_know: a charge that was unclear to the customer is no refusal to know
    ("dont_know-unclear", S, "非常抱歉，让您遇到这种收费不清楚的情况", {"apology"}, {"dont_know"}),
    ("dont_know-unclear", S, "这笔收费我也不清楚是怎么来的", {"dont_know"}, set()),
    # round 16, empathy: worried sick (气坏了); damage to a thing foretold grants no feeling
    ("empathy-worried-sick", S, "等了三个钟头，您肯定气坏了", {"empathy"}, set()),
    ("empathy-worried-sick", S, "天这么冷，水管肯定冻坏了", set(), {"empathy"}),
    # round 16, solution: "we'll handle it" with nothing named is a courtesy; with a call-back time it is a step
    ("solution-vague", S, "谢谢您的反馈，我们会尽快处理的", {"thanks"}, {"solution"}),
    ("solution-vague", S, "我们会尽快处理，明天中午前给您回电话", {"solution"}, set()),
    # round 16, dismissive: an impatient "OK, OK" with "we'll deal with it, just wait" — not before a real step or a
    # reason
    ("dismissive-brush-off", S, "知道了知道了，我们会处理的，你回去等着就行", {"dismissive"}, {"solution"}),
    ("dismissive-brush-off", S, "好了好了，您别急，我现在就帮您把订单加急", {"solution"}, {"dismissive"}),
    ("dismissive-brush-off", S, "好啦好啦，那天真的是人太多了", {"excuse"}, {"dismissive"}),
    # round 16, model look-alike: the impatient opener then only a reason is the excuse; with a minimiser it plays it
    # down
    ("dismissive-brush-off", S, "好了好了，周末客人特别多嘛", {"excuse"}, {"dismissive"}),
    ("dismissive-brush-off", S, "好啦好啦，那天真的是太忙了", {"excuse"}, {"dismissive"}),
    ("dismissive-brush-off", S, "行啦行啦，那天是人多了点，这种小事很常见的", {"dismissive"}, set()),
    # round 16, dismissive: the service back to normal is a status; with a minimiser it plays it down
    ("dismissive-status", S, "网络那边已经恢复正常了，您现在可以重新登录", set(), {"dismissive"}),
    ("dismissive-status", S, "已经恢复正常了，这种小问题很常见，不用太担心", {"dismissive"}, set()),
    # round 16, fact: a retort question that still carries what was promised, how long it has been broken, what they
    # charge
    ("fact-retort-told", C, "买的时候你们店员当面跟我讲保修两年，现在又不认了？", {"fact"}, set()),
    ("fact-retort-told", C, "你刚才跟我说的是什么意思？", set(), {"fact"}),
    ("fact-retort-duration", C, "热水器坏了整整一个礼拜，你们到底什么时候来修？", {"fact"}, set()),
    ("fact-retort-duration", C, "修好要等几天？", set(), {"fact"}),
    ("fact-retort-charged", C, "你们每个月收我八十块管理费，电梯坏了都不管？", {"fact"}, set()),
    ("fact-retort-charged", C, "你们要收我多少钱？", set(), {"fact"}),
    # round 16, fact: an "excuse me" opener then a payment told (Henan 俺); a bare question stays unlabelled
    ("fact-ask-opener", C, "问一下啊，俺交了两千块定金，到现在没人联系", {"fact"}, set()),
    ("fact-ask-opener", C, "问一下，你们周末营业吗？", set(), {"fact"}),
    # round 16, fact: guests kept waiting — not someone asked to wait
    ("fact-guests", C, "十二个客人都在等着上菜", {"fact"}, set()),
    ("fact-guests", C, "能不能让两个人等着我签收", set(), {"fact"}),
    ("fact-guests", C, "可不可以让师傅周六上午过来", set(), {"fact"}),
    ("fact-guests", C, "能不能快点 我都等了三天了", {"fact"}, set()),
    # round 16, fact: a closing "I'll wait for your call, please see to it" (妳, 拜托了); Cantonese "easy for you to
    # say"
    ("fact-closing", C, "好的，那我等妳消息，小孩的事就拜托了", set(), {"fact"}),
    ("fact-closing", C, "你讲就得啦", set(), {"fact"}),
    # round 16, fact: a problem word inside the demand is its object; the problem told is a fact
    ("fact-demand-object", C, "我要你们把漏水泡坏的东西照价赔给我", {"request"}, {"fact"}),
    ("fact-demand-object", C, "我现在要你们派人来查清楚哪里漏水", {"request"}, {"fact"}),
    ("fact-demand-object", C, "厨房漏水了，你们得赶紧派人来", {"fact"}, set()),
    ("fact-conditional", C, "再没人来修俺就去投诉", set(), {"fact"}),
    # round 16, request: asking what they can do to make it up; "X doesn't mean you can…" argues back and asks nothing
    ("request-remedy", C, "耽误了我一个礼拜，你们有没有什么补偿的办法？", {"request"}, set()),
    ("request-remedy", C, "我知道现在也没有什么补救的办法了", set(), {"request"}),
    # round 16, model look-alike: no remedy left, said rhetorically, asks nothing; the question still asks
    ("request-remedy", C, "婚礼都办完了，哪还有什么补救的办法了", set(), {"request"}),
    ("request-remedy", C, "那现在还有没有补救的办法？", {"request"}, set()),
    ("request-retort", C, "便宜不代表就可以随便糊弄吧", set(), {"request"}),
    ("request-retort", C, "常见也得先跟我说一声吧，我希望你们以后先问过家属", {"request"}, set()),
    # round 16, request: a deadline whose consequence is a complaint to a regulator asks nothing more; another still
    # asks
    ("request-regulator", C, "后天还没人联系我，我就去12315投诉", set(), {"request"}),
    ("request-regulator", C, "明天中午前不给我回复，我就直接去门店找店长", {"request"}, set()),
    # round 16, abuse: 什么东西 at a person, not at a line on the bill; regional insults; a bare 放屁 thrown back
    ("abuse-what-thing", C, "账单上这个三百块的服务费是什么东西？", set(), {"abuse"}),
    ("abuse-what-thing", C, "你们算什么东西，敢这样对老人", {"abuse"}, set()),
    ("abuse-regional", C, "你这个瓜娃子听不懂人话嗦", {"abuse"}, set()),
    ("abuse-regional", C, "恁就是一群龟孙", {"abuse"}, set()),
    ("abuse-regional", C, "我脑壳疼得很，你们快点处理", set(), {"abuse"}),
    ("abuse-retort", C, "放屁，我下午两点就到了", {"abuse"}, set()),
    ("abuse-retort", C, "狗一直放屁是不是吃坏了", set(), {"abuse"}),
    # round 16, threat: Southwest "just you wait" (就等到起) and the dare (…不来修，你们试试看) — not "wait a
    # moment", not
    # "try it"
    ("threat-southwest", C, "今天不把钱退给我，你们就等到起", {"threat"}, set()),
    ("threat-southwest", C, "你等到起，我去拿一下发票", set(), {"threat"}),
    ("threat-dare", C, "明天再不来修，你们试试看", {"threat"}, set()),
    ("threat-dare", C, "这个新口味不错，你试试", set(), {"threat"}),
    # round 16, unreasonable_demand: the manager at the customer's home to apologise, in regional words — not a past
    # visit
    ("ud-home-apology", C, "叫你们店长今晚上到我屋头来赔礼道歉", {"unreasonable_demand"}, set()),
    ("ud-home-apology", C, "上次你们店长到我家来修的时候态度挺好", set(), {"unreasonable_demand"}),
    ("ud-home-apology", C, "你们经理上个月到我家来道歉了，可是问题还在", set(), {"unreasonable_demand"}),
    # round 16, excuse: a "but" counts after an apology word or when it asks the customer to understand; a bare
    # clause-initial "but" before a plan or a check is no excuse
    ("excuse-but-narrow", S, "不好意思哦，不过那批零件厂家还没发过来", {"excuse"}, {"apology"}),
    ("excuse-but-narrow", S, "但是还请您多体谅，这几天每个师傅都排满了", {"excuse"}, set()),
    ("excuse-but-narrow", S, "但是后面的安排我得先看一下排班表", set(), {"excuse"}),
    # round 17, empathy: an apology word addressed to the customer (对不住你了) before 让你…了 is the apology's object;
    # a feeling granted after it still is empathy
    ("apology-object", S, "太对不住你了，叫你为难了", {"apology"}, {"empathy"}),
    ("apology-object", S, "对不住您了，您肯定特别着急", {"apology", "empathy"}, set()),
    # round 17, solution: the cost borne by us, a slot kept for the customer, the worker who will see to it in person —
    # not a question about the cost, not keeping an eye out, not who checked it before
    ("solution-cost", S, "寄回来的快递费都由我们这边承担", {"solution"}, set()),
    ("solution-cost", S, "这个快递费是我们这边出吗？我去问问", set(), {"solution"}),
    ("solution-slot", S, "我帮您预留了明天上午九点的号", {"solution"}, set()),
    ("solution-slot", S, "我帮您留意一下有没有货", set(), {"solution"}),
    ("solution-in-person", S, "到时候师傅会亲自上门检查", {"solution"}, set()),
    ("solution-in-person", S, "那天是师傅亲自检查的", set(), {"solution"}),
    # round 17, solution: "we'll follow up" closed by "see you tomorrow" names no time for it; a call-back time does
    ("solution-courtesy", S, "谢谢您提醒我们，我们会跟进的，明天见", {"thanks"}, {"solution"}),
    ("solution-courtesy", S, "我们会跟进，明天中午前给您回电", {"solution"}, set()),
    # round 17, request: "you explain it to me first" asks; "what use is explaining to me now" asks nothing
    ("request-explain", C, "那你先跟我说清楚，这笔钱是怎么扣的", {"request"}, set()),
    ("request-explain", C, "你现在跟我解释有什么用", set(), {"request"}),
    # round 17, fact: "once done, it must be …" (了 + 得/要 + what to do) belongs to the demand; "waited as long as"
    # tells
    ("fact-demand-sequence", C, "装好了得先通知我验收，不然我不付尾款", set(), {"fact"}),
    ("fact-demand-sequence", C, "我等了要快两个月了", {"fact"}, set()),
    # round 17, fact: "why wasn't I asked" is a question (the 怎么 wording is in RULE_ABSENT); the same said flat is
    # a fact
    ("fact-why-not", C, "换零件为什么没问过我", set(), {"fact"}),
    ("fact-why-not", C, "换零件之前没人问过我", {"fact"}, set()),
    # round 17, abuse: an insult reported as what someone called the customer is a fact; thrown back at the staff it
    # is abuse
    ("abuse-reported", C, "那个保安当着大家的面骂我是神经病", {"fact"}, {"abuse"}),
    ("abuse-reported", C, "他说我啰嗦？你才是神经病", {"abuse"}, set()),
    # round 17, confirm: a short read-back closed by "we've noted it" — not a bare acknowledgement, "what you said" or a
    # phone number
    ("confirm-noted", S, "明天先派人来量尺寸，尺寸不对就整扇换掉，我们都记下了", {"confirm"}, set()),
    ("confirm-noted", S, "好的，我记下来了", set(), {"confirm"}),
    ("confirm-noted", S, "您刚才说的情况，我都记下来了", set(), {"confirm"}),
    ("confirm-noted", S, "您的手机号码，我记下了", set(), {"confirm"}),
    # round 17, model look-alike, fact: agreeing to the time and saying one will come tells nothing that happened; a
    # retort ending "who are you kidding" with nothing in it neither — each still a fact when something did happen
    ("fact-acceptance", C, "行，下周二下午三点，我们准时过去", set(), {"fact"}),
    ("fact-acceptance", C, "好，上周二下午三点我就过去了，结果没人", {"fact"}, set()),
    ("fact-retort", C, "堵车能堵三个钟头啊 蒙谁呢", set(), {"fact"}),
    ("fact-retort", C, "我都等了三个钟头了 蒙谁呢", {"fact"}, set()),
    # round 17, model look-alike: a reason followed at once by our remedy explains; a rule cited before it still excuses
    ("excuse-reason-remedy", S, "那个时段已经约满了，我帮您调到明天下午", set(), {"excuse"}),
    ("excuse-reason-remedy", S, "这是公司的规定，我帮您登记一下", {"excuse"}, set()),
    # round 17, model look-alike: "come and look and you will see" predicts; what the customer saw is a fact
    ("fact-one-look", C, "你过来一看就明白是怎么回事", set(), {"fact"}),
    ("fact-one-look", C, "我打开一看就知道屏幕裂了", {"fact"}, set()),
    # round 18, argue: the notice asserted as sent ("it was posted in the group") holds it against the customer; denied
    # and owned it does not
    ("argue-notice-sent", S, "我们业主群里早就有发过通知的", {"argue"}, set()),
    ("argue-notice-sent", S, "我们是没有发通知的，这是我们的疏忽", set(), {"argue"}),
    # round 18, argue (model look-alikes): our rule read in the customer's favour, our record bearing the customer out
    ("argue-rule-in-favour", S, "按照合同，没有事先报价的部分是不能另外收钱的", set(), {"argue"}),
    ("argue-record-agrees", S, "我查了下派送记录，上面的确写着当天没有投递成功，跟您说的一样", set(), {"argue"}),
    # round 18, excuse: the customer told to bear with us too, and "we could hardly turn them away"; thanks for
    # understanding, a remedy after it, and not wanting to chase the customer are no excuse
    ("excuse-bear-with-us", S, "旺季人手紧，您也要体谅一下我们", {"excuse"}, {"empathy"}),
    ("excuse-bear-with-us", S, "店里人太多了 你都要体谅下", {"excuse"}, set()),
    ("excuse-bear-with-us", S, "谢谢您也理解我们", set(), {"excuse"}),
    ("excuse-bear-with-us", S, "您也要体谅一下，我们明天就给您补上", set(), {"excuse"}),
    ("excuse-could-not-rush", S, "这家人刚办完事，我们实在不好赶人家走", {"excuse"}, set()),
    ("excuse-could-not-rush", S, "我们也不好意思一直催您，您方便时回个电话", set(), {"excuse"}),
    # round 18, empathy: "understand, but our members (我们会员) are too many" takes the empathy back; 我们会员 is
    # no remedy
    ("understand-but-members", S, "我明白您着急，不过我们会员实在太多，教练顾不晒", {"excuse"}, {"empathy"}),
    ("understand-but-members", S, "我明白您着急，不过我们会马上给您换一位教练", set(), {"excuse"}),
    # round 18, model look-alike: "and what about…, then?" asks; "what use is it now" scorns — a real ask stays a
    # request
    ("fact-question", C, "那发票金额不对又是怎么回事", set(), {"fact"}),
    ("request-scorn", C, "现在道歉还有什么用", set(), {"request"}),
    ("request-scorn", C, "你能不能告诉我这个按钮有什么用？", {"request"}, set()),
    # round 19, empathy: the trouble granted as caused to the customer, the feeling in a word-by-word ASR line
    ("empathy", S, "票订错了日子，肯定让您非常为难吧", {"empathy"}, set()),
    ("empathy", S, "嗯 那个 白跑 一趟 您 心里 一定 很 不 好受", {"empathy"}, set()),
    ("empathy", S, "这事我心里也不舒服，我们一起想办法", set(), {"empathy"}),
    ("empathy", S, "我们一定让您满意", set(), {"empathy"}),
    # round 19, empathy: "you're right" with an ASR pause
    ("empathy", S, "查过了 收据 上 确实 写着 免运费 您 说得对", {"empathy"}, set()),
    # round 19, argue: the customer's claim called wrong; the accusation denied
    ("argue", S, "您 这种 理解 不对 保修 只包 零件 不包 人工", {"argue"}, {"empathy"}),
    ("argue", S, "护士当时没告诉您结果，这也谈不上骗您吧", {"argue"}, set()),
    ("argue", S, "我刚才的说法不对，应该是三十天内可以退", set(), {"argue"}),
    ("argue", S, "我们绝对不会瞒着您任何事", set(), {"argue"}),
    # round 19, argue look-alike: the signed form read out to bear the customer out
    ("argue", S, "交接单上您签过字的，记的是车门没有凹痕，和您讲的一致", set(), {"argue"}),
    ("argue", S, "交接单上您签过字的，所以那个凹痕不是我们弄的", {"argue"}, set()),
    # round 19, model look-alike: being cheated by someone is told, not hurled; calling the staff cheats is abuse
    ("abuse-passive", C, "我在你们店被坑了三百块", {"fact"}, {"abuse"}),
    ("abuse-passive", C, "你们就是一群骗子", {"abuse"}, set()),
    # round 19, model look-alike: a guessed cause asked and followed by our help is no argument; the bare guess is
    ("argue-guess-help", S, "是不是您填错地址了？我帮您重新登记一下", set(), {"argue"}),
    ("argue-guess-help", S, "会不会是您看错了时间？", {"argue"}, set()),
    # round 20, argue: "by rights it cannot happen" (按说 / 照理 / 原则上 / 一般…不会); reassurance, a promise, a fault
    # owned or a remedy after it argue nothing
    ("argue-by-rights", S, "按理说这个滤芯能用半年，不会三个月就堵的", {"argue"}, set()),
    ("argue-by-rights", S, "原则上报名的学员都会收到开课短信的", {"argue"}, set()),
    ("argue-by-rights", S, "一般來講，這種鍋子不會自己裂開啦", {"argue"}, set()),
    ("argue-by-rights", S, "正常使用是不会出现这种情况的", {"argue"}, set()),
    ("argue-by-rights", S, "一般不会影响您正常使用，您放心", set(), {"argue"}),
    ("argue-reassure", S, "这种划痕不会影响保修的 请您放心", set(), {"argue"}),
    ("argue-reassure", S, "资料都有备份，不会丢的，您尽管放心", set(), {"argue"}),
    ("argue-reassure", S, "照理说不会漏水的，肯定是您自己没拧紧", {"argue"}, set()),
    ("argue-by-rights", S, "一般不会再出现这种情况了，我们已经换了新零件", set(), {"argue"}),
    ("argue-by-rights", S, "按理说我们应该提前通知您的，这是我们没做好", set(), {"argue"}),
    ("argue-by-rights", S, "正常来说三天就该到了，这次确实慢了，我马上帮您催", set(), {"argue"}),
    # flat disbelief (唔會啩 / 不会吧) — not "no, don't worry"
    ("argue-disbelief", S, "啊？唔會啩，我哋啲貨出倉之前全部驗過", {"argue"}, set()),
    ("argue-disbelief", S, "不会的不会的，您别担心", set(), {"argue"}),
    # our standing practice, our handling, our years, our people held up against the account — not a promise for
    # the future, not a lapse owned
    ("argue-our-practice", S, "我们物业一向都会提前三天通知业主停水的", {"argue"}, set()),
    ("argue-our-practice", S, "系统每次都会在扣款前一天发短信的", {"argue"}, set()),
    ("argue-our-practice", S, "亲，我们家的衣服出库前都是质检过的哦", {"argue"}, set()),
    ("argue-our-practice", S, "我们这家店开了二十年，从来没出过这种事", {"argue"}, set()),
    ("argue-our-practice", S, "我哋啲司機唔會咁做嘅", {"argue"}, set()),
    ("argue-our-practice", S, "我们的护士不会这样跟病人说话的", {"argue"}, set()),
    ("argue-our-practice", S, "我们以后一定会提前通知客户，不会再这样了", set(), {"argue"}),
    ("argue-our-practice", S, "我们一般都会提前一天打电话确认，这次没打是我们的疏忽", set(), {"argue"}),
    ("argue-our-practice", S, "我们都核对过了，确实是我们发错了货，非常抱歉", set(), {"argue"}),
    ("argue-our-practice", S, "换了新的滤芯就不会有这种问题了", set(), {"argue"}),
    ("argue-our-practice", S, "这种情况我们也是第一次遇到，我马上帮您查清楚", set(), {"argue"}),
    # "what you describe does not exist", "not a defect" — not "no hidden fees"
    ("argue-not-so", S, "不存在您讲的少发货", {"argue"}, set()),
    ("argue-not-so", S, "照片上看着是压到的痕迹，不是质量问题", {"argue"}, set()),
    ("argue-not-so", S, "你讲的跟我们系统里的记录不一样", {"argue"}, set()),
    ("argue-not-so", S, "话也不能这么讲，我们也是按流程办的", {"argue"}, set()),
    ("argue-not-so", S, "不存在额外的费用，您放心", set(), {"argue"}),
    ("argue-not-so", S, "您说的跟我们的记录一致", set(), {"argue"}),
    ("argue-not-so", S, "如果是质量问题我们包换", set(), {"argue"}),
    # the cause put on the customer's side: device, home, after handover, elsewhere, what they did — not a bad line,
    # not a guess at our own side, not asking whether something arrived, not a polite request to check
    ("argue-your-side", S, "可能是您家的插座电压不稳的问题", {"argue"}, set()),
    ("argue-your-side", S, "会不会是你们家路由器太旧了", {"argue"}, set()),
    ("argue-your-side", S, "应该是您带回去以后才刮花的吧", {"argue"}, set()),
    ("argue-your-side", S, "您这段时间有没有去别的店修过", {"argue"}, set()),
    ("argue-your-side", S, "您那个空调是不是很久没清洗滤网了", {"argue"}, set()),
    ("argue-your-side", S, "是不是您家小孩把开关关掉了", {"argue"}, set()),
    ("argue-your-side", S, "您收货的时候没有当面验货吧", {"argue"}, set()),
    ("argue-your-side", S, "那天是你自己取消了预约", {"argue"}, set()),
    ("argue-your-side", S, "可能是您那边信号的问题，我这边听不太清楚", set(), {"argue"}),
    ("argue-your-side", S, "可能是我们系统的问题，我帮您看看", set(), {"argue"}),
    ("argue-your-side", S, "是不是我们的快递员没有按门铃？我马上去核实", set(), {"argue"}),
    ("argue-your-side", S, "会不会是运输途中碰坏的？我马上联系物流核实", set(), {"argue"}),
    ("argue-your-side", S, "您有没有收到我们的短信？", set(), {"argue"}),
    ("argue-your-side", S, "麻烦您帮忙看一下包裹侧面的标签，是不是写着B区", set(), {"argue"}),
    ("argue-your-side", S, "您来的时候没有人接待，真的很抱歉", set(), {"argue"}),
    ("argue-your-side", S, "您寄件的时候没有保价的话，我们也会按实际价值帮您申请赔偿", set(), {"argue"}),
    ("argue-your-side", S, "是您自己来取还是我们寄过去？", set(), {"argue"}),
    ("argue-your-side", S, "是您自己选的颜色，对吧？", set(), {"argue"}),
    ("argue-your-side", S, "不是您自己弄坏的，是我们包装没做好", set(), {"argue"}),
    # not us, it counts as yours, all fine on our side, the system is exact — not waived, not reassurance, not fixed
    ("argue-not-ours", S, "这个真不是我们装坏的", {"argue"}, set()),
    ("argue-not-ours", S, "那这次就算您自动放弃了", {"argue"}, set()),
    ("argue-not-ours", S, "我们这边远程看您的电表都是正常的", {"argue"}, set()),
    ("argue-not-ours", S, "车辆定位是非常精准的", {"argue"}, set()),
    ("argue-not-ours", S, "计费系统一般不会算错", {"argue"}, set()),
    ("argue-not-ours", S, "不管是不是我们弄坏的，我们都先给您修好", set(), {"argue"}),
    ("argue-not-ours", S, "这次不算您违约，您放心", set(), {"argue"}),
    ("argue-not-ours", S, "我这边查了，您的账户一切正常，您放心", set(), {"argue"}),
    ("argue-not-ours", S, "系统以后不会再多扣您的钱了", set(), {"argue"}),
    # the paper, the record, the signature, what we told them — not read in their favour with a remedy, not asked,
    # not a promise we broke, not a record that bears them out
    ("argue-paper", S, "购买须知上写得明明白白，特价商品不退不换", {"argue"}, set()),
    ("argue-paper", S, "活动页写的是满减，没有说可以叠加优惠券", {"argue"}, set()),
    ("argue-paper", S, "严格来讲，您这个已经超过保修期了", {"argue"}, set()),
    ("argue-paper", S, "系统上记录着您那天超时还车了", {"argue"}, set()),
    ("argue-paper", S, "你份合约都签咗名㗎", {"argue"}, set()),
    ("argue-paper", S, "我们前台有提醒过您要带身份证", {"argue"}, set()),
    ("argue-paper", S, "我们发了两次短信提醒，您都没回复", {"argue"}, set()),
    ("argue-paper", S, "我们客服绝对没有这样承诺过", {"argue"}, set()),
    ("argue-paper", S, "合同上写着三十天内可以退，我马上给您办", set(), {"argue"}),
    ("argue-paper", S, "单子上写着您的电话是一三八开头的，对吗？", set(), {"argue"}),
    ("argue-paper", S, "您说得对，合同上确实没有写清楚，是我们的问题", set(), {"argue"}),
    ("argue-paper", S, "严格来说这不在保修范围，不过我们可以免费给您修一次", set(), {"argue"}),
    ("argue-paper", S, "客服有说过会给您退款，结果没做到，是我们的问题", set(), {"argue"}),
    ("argue-paper", S, "记录显示您没有收到短信，是我们漏发了", set(), {"argue"}),
    ("argue-paper", S, "系统显示您确实在九点就到了，是我们前台登记晚了", set(), {"argue"}),
    ("argue-paper", S, "您签了字的话我们就可以放款了", set(), {"argue"}),
    ("argue-paper", S, "您签过字了吗？", set(), {"argue"}),
    ("argue-paper", S, "你講得啱，我哋張單係寫錯咗日期，唔好意思", set(), {"argue"}),
    # lecturing what the customer should have done — not a feeling granted, a forecast, care, a procedure now
    ("argue-lecture", S, "签合同之前您就应该仔细看", {"argue"}, set()),
    ("argue-lecture", S, "您应该在收到货的当下就联系我们", {"argue"}, set()),
    ("argue-lecture", S, "贵重物品本来就应该自己保管好", {"argue"}, set()),
    ("argue-lecture", S, "您自己也要多留意一下快递信息", {"argue"}, set()),
    ("argue-lecture", S, "噉你當時點解唔即刻打電話嚟？", {"argue"}, set()),
    ("argue-lecture", S, "你自己都要睇清楚啲先簽㗎", {"argue"}, set()),
    ("argue-lecture", S, "您要是按时来保养，也不至于要换整个发动机", {"argue"}, set()),
    ("argue-lecture", S, "您当时应该很着急吧", set(), {"argue"}),
    ("argue-lecture", S, "您应该很快就能收到退款", set(), {"argue"}),
    ("argue-lecture", S, "您自己也要多保重身体", set(), {"argue"}),
    ("argue-lecture", S, "付款前您需要先确认一下金额，然后点提交就可以了", set(), {"argue"}),
    ("argue-lecture", S, "这款本来就应该配充电器的，是我们漏发了，马上给您补寄", set(), {"argue"}),
    ("argue-lecture", S, "房务那边本来就应该检查的，是他们漏掉了", set(), {"argue"}),
    ("argue-lecture", S, "您要是早点跟我们说就好了，现在我们马上给您处理", set(), {"argue"}),
    ("argue-lecture", S, "我们没有错过您的预约时间，您放心", set(), {"argue"}),
    # round 20, empathy: the anger called justified, the account granted true, "understand, but please don't insult
    # our staff" keeps the feeling; asking is none
    ("empathy-justified", S, "您生气是应该的，换谁都受不了", {"empathy"}, set()),
    ("empathy-justified", S, "你投訴係情有可原嘅", {"empathy"}, set()),
    ("empathy-justified", S, "您批评得有道理", {"empathy"}, set()),
    ("empathy-justified", S, "所以您讲的没收到押金是真的", {"empathy"}, set()),
    ("empathy-justified", S, "我理解您等了一上午很恼火，不过请您不要骂我们的师傅", {"empathy"}, set()),
    ("empathy-justified", S, "您说的是真的吗？", set(), {"empathy"}),
    ("empathy-justified", S, "您批评得不对", set(), {"empathy"}),
    # round 20, confirm: the record found to bear the customer out, a Cantonese read-back closed by 係咪
    ("confirm-record", S, "我查了一下预约记录，确实是我们漏登了", {"confirm"}, set()),
    ("confirm-record", S, "三次上门记录都在，和你讲的一样", {"confirm"}, set()),
    ("confirm-record", S, "我想同你對一對：你要我哋退返按金，係咪？", {"confirm"}, set()),
    ("confirm-record", S, "我查了一下预约记录", set(), {"confirm"}),
    # round 20, solution: a written plan, an answer later, someone sent to look, the check put into the routine — not
    # the customer told to check, not thanks for ringing at once
    ("solution-plan", S, "理赔的事我会和店长一起出一个书面方案给您", {"solution"}, set()),
    ("solution-plan", S, "亦會安排師傅上嚟睇吓個水喉", {"solution"}, set()),
    ("solution-plan", S, "主管会亲自跟进，之后向您交代", {"solution"}, set()),
    ("solution-plan", S, "以后收件时都会当场核对一遍", {"solution"}, set()),
    ("solution-plan", S, "以后收件时您自己要当场核对一遍", set(), {"solution"}),
    ("solution-plan", S, "多谢你第一时间话俾我哋知", {"thanks"}, {"solution"}),
    # round 20, excuse: the reason disowned as an excuse, the gap owned, what I cannot decide passed on as it stands
    ("excuse-disowned", S, "这几天病人多，化验是慢了点，但这不是让您白等的理由", set(), {"excuse"}),
    ("excuse-disowned", S, "这是我们流程上的漏洞，跟您没关系", set(), {"excuse"}),
    ("excuse-disowned", S, "退款金额我做不了主，会原样报给经理", set(), {"excuse"}),
    ("excuse-disowned", S, "退款金额我做不了主，公司规定就是这样", {"excuse"}, set()),
    # round 20, threat: where the staff finish known and waiting at the back door, going to the door to block someone,
    # a photo for the estate's group — not waiting for the technician, not a receipt sent to a group
    ("threat-lie-in-wait", C, "我知道那个店员几点下班，我就在员工通道等她", {"threat"}, set()),
    ("threat-lie-in-wait", C, "明天我就去你们店门口堵那个师傅", {"threat"}, set()),
    ("threat-lie-in-wait", C, "我要将佢张相放上业主群", {"threat"}, set()),
    ("threat-lie-in-wait", C, "我在楼下等师傅", set(), {"threat"}),
    ("threat-lie-in-wait", C, "我已经把发票发到群里了", set(), {"threat"}),
    # round 20, unreasonable demand: the worker to the home to apologise, "pay ten for one fake", the last cent, the
    # worker's home address — not the technician asked to come and repair
    ("unreasonable-home", C, "让那个骑手今晚到我家门口当面认错", {"unreasonable_demand"}, set()),
    ("unreasonable-home", C, "假一赔十，一分都不能少", {"unreasonable_demand"}, set()),
    ("unreasonable-home", C, "把那个师傅的住址告诉我", {"unreasonable_demand"}, set()),
    ("unreasonable-home", C, "让师傅明天到我家来修", set(), {"unreasonable_demand"}),
    # round 20, fact: living alone, a meeting coming, evidence in hand, what the paper or the worker said — not asked
    ("fact-situation", C, "屋里就我一个人，门都没人开", {"fact"}, set()),
    ("fact-situation", C, "我后天还有一场面试", {"fact"}, set()),
    ("fact-situation", C, "我有拍照，发票也在", {"fact"}, set()),
    ("fact-situation", C, "你们店员当时说没问题的", {"fact"}, set()),
    ("fact-situation", C, "明天有面试吗？", set(), {"fact"}),
    # round 20, request: "best if …", "send the one who can decide" — not "the best way was …"
    ("request-best-if", C, "最好这礼拜就能寄到", {"request"}, set()),
    ("request-best-if", C, "你做不了主就换个说了算的来", {"request"}, set()),
    ("request-best-if", C, "本来最好是当天就送到的", set(), {"request"}),
    # round 21, argue (sentence bank zh-3): our own check or the state it left us in held against the customer, our
    # worker's account, the cause put outside our work or on the customer's use, "you must take it on", "you should
    # have known", "you say X, but our record …", "it's on record", "our work cannot do that", "ours is standard",
    # "we told you then", the device shows it, the record shows it sent — not a fault found, good news, a lapse owned,
    # a remedy or a look into it, a bad line, a tip, a condition, a question, the customer cleared
    ("argue-our-check", S, "我们工程师远程检测过了，线路都是正常的", {"argue"}, set()),
    ("argue-our-check", S, "監控我們調出來看了，沒有超速", {"argue"}, set()),
    ("argue-our-check", S, "我们检查过了，确实有问题，马上给您换新的", set(), {"argue"}),
    ("argue-our-check", S, "我帮您查了一下，订单没有问题，明天就能送到", set(), {"argue"}),
    ("argue-our-check", S, "我们师傅量过了，确实是尺寸做小了，我们负责重做", set(), {"argue"}),
    ("argue-left-fine", S, "我们交车的时候车身是好好的", {"argue"}, set()),
    ("argue-left-fine", S, "師傅走嗰陣部熱水器冇問題㗎", {"argue"}, set()),
    ("argue-left-fine", S, "我们发货的时候没有检查，是我们的疏忽", set(), {"argue"}),
    ("argue-left-fine", S, "我们装的时候是好的吗？我马上查一下", set(), {"argue"}),
    ("argue-worker-says", S, "外卖员讲他是放在门口的", {"argue"}, set()),
    ("argue-worker-says", S, "师傅讲他有点事要晚半小时到", set(), {"argue"}),
    ("argue-not-ours", S, "这个划痕应该不是在我们店里弄的", {"argue"}, set()),
    ("argue-not-ours", S, "腰痛跟我们的按摩手法应该没关系", {"argue"}, set()),
    ("argue-not-ours", S, "不是您的问题，应该是我们这边弄坏的", set(), {"argue"}),
    ("argue-not-ours", S, "是不是我们这边弄坏的，我先帮您查一下", set(), {"argue"}),
    ("argue-not-ours", S, "这跟您没关系，是我们系统出了错", set(), {"argue"}),
    ("argue-your-use", S, "可能是您家孩子吃得太多了", {"argue"}, set()),
    ("argue-your-use", S, "大概是您充电充得太频繁了", {"argue"}, set()),
    ("argue-your-use", S, "可能是您那边信号不太好，我听不清", set(), {"argue"}),
    ("argue-take-it-on", S, "这个损失您只能自己承担", {"argue"}, set()),
    ("argue-take-it-on", S, "这个真的不能怪我们医院", {"argue"}, set()),
    ("argue-take-it-on", S, "这笔费用您不用承担", set(), {"argue"}),
    ("argue-take-it-on", S, "这不能怪您，是我们没说清楚", set(), {"argue"}),
    ("argue-take-it-on", S, "家长在家可以陪孩子多复习一下", set(), {"argue"}),
    ("argue-should-have-known", S, "照理说您签收的时候应该有看到提醒", {"argue"}, set()),
    ("argue-should-have-known", S, "您按说明书操作的话就不会有问题", set(), {"argue"}),
    ("argue-you-say-but", S, "您讲没人上门，不过我们师傅有打卡记录", {"argue"}, set()),
    ("argue-you-say-but", S, "您说没收到短信，可能确实是我们漏发了，我马上补发", set(), {"argue"}),
    ("argue-on-record", S, "这个我们系统是有录音的", {"argue"}, set()),
    ("argue-on-record", S, "我们这边有记录的话就好办了", set(), {"argue"}),
    ("argue-cannot-be-ours", S, "电脑不会自己多扣钱的", {"argue"}, set()),
    ("argue-cannot-be-ours", S, "老师傅不会把水管接反的", {"argue"}, set()),
    ("argue-cannot-be-ours", S, "放心，以后不会再装错了", set(), {"argue"}),
    ("argue-standard", S, "我们店的海鲜都是新鲜的", {"argue"}, set()),
    ("argue-standard", S, "大部分学员都反映效果不错", {"argue"}, set()),
    ("argue-standard", S, "我们的菜一向都是新鲜的，这次确实是我们疏忽了", set(), {"argue"}),
    ("argue-told-then", S, "护士当时就叮嘱过您要空腹的", {"argue"}, set()),
    ("argue-told-then", S, "我当时就说过会给您退，结果拖了这么久，真对不起", set(), {"argue"}),
    ("argue-device-shows", S, "这个手机明显是进过水的", {"argue"}, set()),
    ("argue-device-shows", S, "如果进过水的话，保修就用不了", set(), {"argue"}),
    ("argue-record-sent", S, "后台显示验证码已经成功发送了", {"argue"}, set()),
    ("argue-record-sent", S, "系统显示退款已经发到您的账户了", set(), {"argue"}),
    ("argue-cleared", S, "查了一下是我们把单号录错了，不是你填错了", set(), {"argue"}),
    # round 21, excuse: the rule stated and a way round it offered by us, the short-handedness owned as our own
    # scheduling — not the rule with nothing after it, not the reason alone
    ("excuse-rule-way-round", S, "依合约规定不能提前解约，不过我可以帮您申请暂停服务", set(), {"excuse"}),
    ("excuse-rule-way-round", S, "按规定不能退货，这个我也没办法", {"excuse"}, set()),
    ("excuse-owned-gap", S, "那天确实人手不够，但这是我们排班的问题，对不起", {"apology"}, {"excuse"}),
    ("excuse-owned-gap", S, "那天人手不够，所以回复晚了", {"excuse"}, set()),
    # round 21, look-alikes the retrained learned layer labels: a sorry cushioning a which/what question, a lecture on
    # what the customer should not have done, the customer's words found to match the record
    ("cushion", S, "不好意思，您报的是几号楼？", set(), {"apology"}),
    ("cushion", S, "抱歉，请问您说的是哪一家门店", set(), {"apology"}),
    ("empathy-shouldnt", S, "你不应该把钥匙交给陌生人", set(), {"empathy"}),
    ("argue-not-so", S, "你讲的时间和我们系统里的一致", set(), {"argue"}),
    # round 23, excuse look-alikes: a limit stated with our remedy or a hand-over after it
    ("excuse-limit-remedy", S, "退款这块我做不了主，不过换货我今天就帮您寄出", {"solution"}, {"excuse"}),
    ("excuse-limit-remedy", S, "赔偿我做不了主，这个我也没办法", {"excuse"}, set()),
    ("excuse-handover", S, "您再这样骂人我没办法接待了，我请我们店的主任来跟您说", set(), {"excuse"}),
    ("excuse-handover", S, "退押金我没办法决定，老板就在店里，我请她直接跟您说", set(), {"excuse"}),
    ("excuse-sorry-but-today", S, "赔多少要主管批，真抱歉；不过我今天会先把单据交上去", set(), {"excuse"}),
    ("excuse-remedy-dated", S, "滤芯明天就给您换上，上门费这块我们没办法减", set(), {"excuse"}),
    ("excuse-rule-helpless", S, "保单里写的是意外才赔，这是公司的规定，我们也帮不了您", {"excuse"}, {"argue"}),
    ("excuse-not-handed-over", S, "那天晚班人少，术后注意事项还没交接给新同事", {"excuse"}, set()),
    ("excuse-volume", S, "这阵子快递件数多到爆", {"excuse"}, set()),
    # round 23, dont_know look-alike: thanks for telling us what we had not known
    ("dont_know-thanks-told", S, "多亏您打电话来提醒，要不我们还不知道配送员放错了楼层", set(), {"dont_know"}),
    ("dont_know-thanks-told", S, "谢谢您反映，我们之前真的不晓得门卫是这样登记的", set(), {"dont_know"}),
    ("dont_know-thanks-told", S, "谢谢您，不过这个我们也不知道", {"dont_know"}, set()),
    # round 23, harassment: a fool in regional words, idlers, waiting for someone after work
    ("abuse-regional", C, "你这个勺子听不懂话吗", {"abuse"}, set()),
    ("abuse-regional", C, "汤勺子都没给我一个", set(), {"abuse"}),
    ("abuse-idlers", C, "你们物业就是一群混日子的", {"abuse"}, set()),
    ("threat-after-work", C, "他下班我就在你们店门口等他", {"threat"}, set()),
    ("threat-after-work", C, "你收工以后我喺停车场等你", {"threat"}, set()),
    ("threat-after-work", C, "你下班的时候我在门口等你一起吃饭", set(), {"threat"}),
    # round 23, dismissive: everyone has this, not only you, bound to happen
    ("dismissive-common", S, "好多车主都是这个毛病，开一阵就好了", {"dismissive"}, set()),
    ("dismissive-common", S, "十个病人里有六个都这样", {"dismissive"}, set()),
    ("dismissive-common", S, "不光是您一家这样，整栋楼都停水了，我们马上派人去修", set(), {"dismissive"}),
    ("dismissive-unavoidable", S, "搬运过程中磕碰一下也是难免的", {"dismissive"}, set()),
    # round 23, blame: a colleague's word disowned, the neighbour's pipe, the colleague who keyed it in
    ("blame-disowned-word", S, "那个实习生说的话，我们不能作数", {"blame"}, set()),
    ("blame-neighbour", S, "估计是楼上自己家的水管漏下来的", {"blame"}, set()),
    ("blame-keyed-in", S, "可能是开单的同事写错的吧", {"blame"}, set()),
    # round 23, argue: the customer's side suggested as where it went wrong
    ("argue-sent-elsewhere", S, "您是不是寄到旧地址去了", {"argue"}, set()),
    ("argue-not-opened", S, "你是不是没点开附件看", {"argue"}, set()),
    ("argue-verbal-only", S, "会不会是您当时口头交代的，师傅没记下来", {"argue"}, set()),
    ("argue-others-never", S, "很多车主从来不保养，电瓶自然就亏电了", {"argue"}, set()),
    ("argue-others-never", S, "很多人不清楚这个流程，是我们没讲明白", set(), {"argue"}),
    ("argue-sure", S, "你确定你已经上传了吗", {"argue"}, set()),
    ("argue-normally", S, "一般客人都会先看一下尺码表", {"argue"}, set()),
    ("argue-our-people", S, "我们护士都是很细心的", {"argue"}, set()),
    ("argue-record-reads", S, "登记表上我这边看到的是A型，不是B型", {"argue"}, set()),
    ("argue-while-yours", S, "屏幕是你拿回去的时候摔的", {"argue"}, set()),
    ("argue-device-home", S, "可能是您家阀门没开到底", {"argue"}, set()),
    ("argue-signed", S, "寄件单上写明易碎品不保价，你签咗名㗎", {"argue"}, {"overpromise"}),
    ("overpromise-denied", S, "这个颜色我们不保证不褪", set(), {"overpromise"}),
    # round 23, apology with a measure word, no remedy in the line
    ("apology-measure", S, "这事是我们没办好，我先跟您赔个不是", {"apology"}, {"solution"}),
    # round 23, fact: the reproach and the "who on earth" question ask; damage before the closing question reports
    ("fact-reproach", C, "你们早干嘛去了", set(), {"fact"}),
    ("fact-which-one", C, "到底是哪位师傅给我装的空调？", set(), {"fact"}),
    ("fact-damage-then-question", C, "箱子摔破了一个角，这还怎么送人？", {"fact"}, set()),
    # round 24, argue: a framed read-back quoting the paper, the record read out, a rule said while owning our lapse,
    # a partner named as the maker
    ("argue-readback", S, "我跟您复述一下：您三月订的婚宴，合同第四条写明提前三十天"
     "可以免费改期，您想改到五月，对吗？", {"confirm"}, {"argue"}),
    ("argue-readback", S, "我同你覆一次：租约第九条写明搬走前要通知一个月，"
     "你想下个月尾退租，係咪？", {"confirm"}, {"argue"}),
    ("argue-readback", S, "租约第九条写明搬走前要通知一个月，您自己也签了字的", {"argue"}, set()),
    ("argue-record", S, "我查了一下，系统显示您的机票订位被自动取消了。", set(), {"argue"}),
    ("argue-record", S, "系统显示订位是您自己取消的", {"argue"}, set()),
    ("argue-owned", S, "换锁前本来就要先跟住户确认身份，师傅没确认就换了，"
     "这是我们作业上的疏忽", set(), {"argue", "excuse"}),
    ("argue-owned", S, "这种订单本来就要先付全款才能排期", {"argue"}, set()),
    ("argue-partner", S, "横幅是合作的印刷厂那边做的，不是我们店里做的", {"blame"}, {"argue"}),
    # round 24, dismissive: the customer's doubt or sense of being short-changed granted is empathy
    ("feeling-granted", S, "您会起疑心也是很自然的", {"empathy"}, {"dismissive"}),
    ("feeling-granted", S, "花了这么多钱才修好一半，觉得吃亏也很正常", {"empathy"}, {"dismissive"}),
    ("feeling-granted", S, "这种异响很正常，用久了就没了", {"dismissive"}, set()),
    # round 24, excuse: the limit of authority with a hand-over and a time, or the one of ours who decides named
    ("excuse-handover", S, "赔多少我做不了主，今晚就报给店长，后天中午前答复您", {"solution"}, {"excuse"}),
    ("excuse-handover", S, "抱歉我刚才说得太快了，补偿的金额要由店长来核定，"
     "我没办法自己决定", set(), {"excuse"}),
    ("excuse-handover", S, "赔多少我做不了主，这是公司定的", {"excuse"}, set()),
    # round 24, dont_know / blame: "had you not told us we'd not know" owns the gap the customer found
    ("told-us", S, "您如果没来电，我们到现在都还不晓得排班出了错", set(), {"dont_know", "blame"}),
    ("told-us", S, "多谢你，你要是不讲，我们都不知道交接有疏漏", {"thanks"}, {"dont_know", "blame"}),
    ("told-us", S, "那个单子我们也不知道去哪了", {"dont_know"}, set()),
    # round 24, empathy: a plain apology owning the staff's slip names no feeling
    ("apology-slip", S, "抱歉，是我刚才回得太草率了", {"apology"}, {"empathy"}),
    ("apology-slip", S, "对不起，让您白跑一趟，您心里肯定不好受", {"apology", "empathy"}, set()),
    # round 24, solution: the point passed on or our staff told, a notice rewritten; not offered as a question
    ("solution-pass-on", S, "这个意见我也会转达给排课组", {"solution"}, set()),
    ("solution-pass-on", S, "我们也会再跟司机们交代清楚", {"solution"}, set()),
    ("solution-pass-on", S, "取件超时的事我也一并反映上去，让他们改进", {"solution"}, set()),
    ("solution-pass-on", S, "要不要我把这个转给排课组？", set(), {"solution"}),
    ("solution-notice", S, "我们以后也会把过敏食材写进点餐须知里", {"solution"}, set()),
    # round 24, the cushion 我先问一下 before a long question
    ("cushion", S, "不好意思，我先问一下，孩子那天从幼儿园回家以后一直都有按时吃药吗？", set(), {"apology"}),
    # round 25, overpromise: a guarantee refused or taken back, a product's standing guarantee with its terms
    ("guarantee-denied", S, "周五能不能到，我不敢向您打包票，得先问物流", set(), {"overpromise"}),
    ("guarantee-denied", S, "是我说快了，我不应该那样打包票", set(), {"overpromise"}),
    ("guarantee-terms", S, "这款床垫有一百天的试睡保证，期间内睡不惯可以退", set(), {"overpromise"}),
    ("guarantee-terms", S, "有三十天保证期，期间内我保证您绝对满意", {"overpromise"}, set()),
    ("guarantee-denied", S, "我给您打包票，周五前一定送到", {"overpromise"}, set()),
    # round 25, excuse: the limit of authority handed on to the named one of ours who decides
    ("excuse-handover", S, "违约金这个我做不了主，得请经理来和您谈", set(), {"excuse"}),
    ("excuse-handover", S, "呢笔赔偿我做唔到主，我要请经理同你倾", set(), {"excuse"}),
    ("excuse-handover", S, "这个我做不了主，规定就是这样", {"excuse"}, set()),
    # round 25, argue: the terms read to grant the remedy, our own lapse owned, a supplier as the possible source
    ("terms-grant", S, "运费我们全额退给您，这在退换条款里有写，我今天就帮您办", set(), {"argue"}),
    ("terms-grant", S, "合约上写的是开封不退，您要是没拆封可以退回来，退回来就不收手续费", set(), {"argue"}),
    ("terms-grant", S, "合同里写得很清楚，您自己签了字的", {"argue"}, set()),
    ("own-lapse", S, "出货前本该逐件核对，这回我们没做到，是我们做得不好", set(), {"argue"}),
    ("supplier-source", S, "那批零件是外面厂家供的，可能是他们那边出的问题", set(), {"argue"}),
    # round 25, dismissive / empathy: disbelief granted; "such things are sometimes unavoidable" plays it down
    ("feeling-granted", S, "您信不过我们也正常，上次确实是我们没做好", {"empathy"}, {"dismissive"}),
    ("unavoidable", S, "下雨天嘛，这种状况偶尔难免", {"dismissive"}, set()),
    # round 25, blame: the other side's problem named only as what we will get to the bottom of
    ("look-into", S, "谢谢您告诉我们，仓库那边的问题我们会查清楚", set(), {"blame"}),
    ("look-into", S, "这是物流那边的问题，跟我们没关系", {"blame"}, set()),
    # round 25, empathy: "you're right" conceding the staff's own slip is the apology's
    ("concede-slip", S, "您说得对，我刚才不该那样回您，抱歉", {"apology"}, {"empathy"}),
    ("concede-slip", S, "您说得对，这样等确实太久了", {"empathy"}, set()),
    # round 25, solution: a contact sent, a loaner, someone sent instead, a rule for the staff; not the fault told
    ("solution-contact", S, "我把维修师傅的电话发给您，他到楼下会先联系您", {"solution"}, set()),
    ("solution-loaner", S, "我们店里有备用的轮椅可以先借您用", {"solution"}, set()),
    ("solution-reassign", S, "我改派另一位师傅明天过去", {"solution"}, set()),
    ("solution-rule", S, "我们会好好检讨，以后送货员一律先打电话再上门", {"solution"}, set()),
    ("solution-past", S, "您备注了不要辣，我们还给您送了辣的，是我们的错", set(), {"solution"}),
    ("solution-return", S, "您要是手环还没拆封，可以寄回来，寄回来就全额退", {"solution"}, set()),
    # round 25, threat / request: posted on the Hong Kong forums; the amount left to the shop; asks in regional words
    ("threat-forum", C, "再唔退钱，我就将你哋店张单贴晒上连登", {"threat"}, set()),
    ("threat-forum", C, "我会把你们老板的照片发到业主群组", {"threat"}, set()),
    ("leave-amount", C, "重新印一份给我，费用方面你们自己看着办", set(), {"threat"}),
    ("request-when", C, "那台洗衣机啥时候能送过来", {"request"}, set()),
    ("request-drag", C, "明天上午啊，别又拖到晚上", {"request"}, set()),
    ("request-redo", C, "可以重新做一份寄给我吗", {"request"}, set()),
    # round 26: staff lines
    # a charge stated or who did the work that day offers nothing; a charge waived is a remedy
    ("solution-charge", S, "过了保修的话，配件钱得另外付", set(), {"solution"}),
    ("solution-charge", S, "配件费用我们不另外收，明天上午派师傅上门给您换", {"solution"}, set()),
    ("solution-who", S, "当时是店长亲自验的货", set(), {"solution"}),
    # the customer's slip denied beside our own owned clears them; a slip pinned on them still argues
    ("argue-denied", S, "是我这边登记错了，并不是您看错", set(), {"argue"}),
    ("argue-denied", S, "那应该是您看错了", {"argue"}, set()),
    # a guarantee said to be out of reach, or "it will be handled" before a superior is told and a call-back set
    ("overpromise-refused", S, "明天能不能到我真不好打包票，我先帮您催一下仓库", set(), {"overpromise"}),
    ("overpromise-refused", S, "修好以后完全不留痕迹，这个我担保不了", set(), {"overpromise"}),
    ("overpromise-refused", S, "您放心，我担保明天一定修好", {"overpromise"}, set()),
    (
        "overpromise-handled",
        S,
        "少发的那两件，肯定会给您处理，我跟主管说一声，下午四点前给您回电话",
        {"solution"},
        {"overpromise"},
    ),
    ("overpromise-handled", S, "肯定能给您解决，您放心", {"overpromise"}, set()),
    # no authority to grant it, and the call handed up in the same breath: the hand-over, no excuse
    ("excuse-handover", S, "三倍赔偿我自己没有权限答应，我现在请我们值班经理来跟您谈", set(), {"excuse"}),
    ("excuse-handover", S, "这个我没有权限，公司规定就是这样", {"excuse"}, set()),
    # our own worker's duty owned as our lapse points at no one; "not our mistake" against the customer's own choice is
    # no blame (nor empathy)
    ("blame-owned", S, "配送员本来就应该先打电话，这次是我们没做到", set(), {"blame"}),
    ("blame-owned", S, "仓库那边本来就该检查，是他们漏掉了", {"blame"}, set()),
    ("blame-vs-customer", S, "您当时明明选的是大号，现在穿着紧那肯定难受啦，不是我们的错", set(), {"blame", "empathy"}),
    ("blame-vs-customer", S, "不是我们发错，是快递那边调包了", {"blame"}, set()),
    # "just saying I don't know won't do" turns the words down
    ("dont_know-turned", S, "光说一句不知道是不行的，我现在就去仓库帮您查", set(), {"dont_know"}),
    ("dont_know-turned", S, "这个我真的不清楚", {"dont_know"}, set()),
    # Taiwanese 歹势 and the split Cantonese 对你唔起 apologise; a cushion before a check or a rephrasing does not
    ("apology-regional", S, "歹势歹势，是我们包装没弄好", {"apology"}, set()),
    ("apology-regional", S, "搞成咁真系对你唔起", {"apology"}, set()),
    ("apology-regional", S, "这个药对你不起作用的话再来复诊", set(), {"apology"}),
    ("cushion", S, "不好意思想跟您核对一下，是上周三还是上周四送的？", set(), {"apology"}),
    ("cushion", S, "不好意思，我换个说法：我们今天就给您补寄", {"solution"}, {"apology"}),
    # what the apology is for, with what went wrong between: the apology alone; a feeling granted beside it stays
    ("apology-object", S, "实在抱歉，孩子的生日蛋糕做成这样，让您扫兴了", {"apology"}, {"empathy"}),
    ("apology-object", S, "真係唔好意思，搞到你白行一趟，令你咁失望", {"apology"}, {"empathy"}),
    ("apology-object", S, "对不起，让您白跑一趟，换了谁都会生气", {"apology", "empathy"}, set()),
    ("apology-owned", S, "是我们的错，单子一定要核对的，真的很抱歉", {"apology"}, {"empathy"}),
    # the feeling named with "I know", the stake granted, the doubt called well-founded; not told not to feel it
    ("empathy-known", S, "我知道您现在有多着急", {"empathy"}, set()),
    ("empathy-known", S, "客人都在等，这样好着急的，我懂", {"empathy"}, set()),
    ("empathy-known", S, "您别着急，我知道", set(), {"empathy"}),
    ("empathy-stake", S, "这批货对你们很要紧，我明白", {"empathy"}, set()),
    ("empathy-stake", S, "这个对您重要吗？", set(), {"empathy"}),
    ("empathy-doubt", S, "您有这个疑虑很有道理", {"empathy"}, set()),
    ("empathy-doubt", S, "您不用有疑虑", set(), {"empathy"}),
    # "it's always like that in that season" plays it down; denied, it does not
    ("dismissive-season", S, "一到梅雨季都这样的，没办法", {"dismissive"}, set()),
    ("dismissive-season", S, "不是冬天都这样的，我们马上查一下", set(), {"dismissive"}),
    # reported up by us, the findings promised, the follow-up kept, the lesson taken to the staff meeting; not told of
    # the past
    ("solution-up", S, "您的意见我一回店里就报给店长", {"solution"}, set()),
    ("solution-up", S, "检查完把结果告诉您", {"solution"}, set()),
    ("solution-up", S, "从头到尾都是我来跟进", {"solution"}, set()),
    ("solution-up", S, "这件事我会在明天的早会上强调", {"solution"}, set()),
    ("solution-up", S, "我就跟老板说了，可是他不同意", set(), {"solution"}),
    # the agreed call-back time said back as the call closes on thanks is no new step; a change promised there is
    ("solution-restated", S, "行，六点前一定回电话给您。谢谢您等了这么久", {"thanks"}, {"solution"}),
    ("solution-restated", S, "好的，六点前一定打给您。谢谢您提醒，这个流程我们这周就改", {"solution", "thanks"}, set()),
    # handed to the owner is the hand-over; handed on with the remedy named is a step
    ("solution-handover", S, "您说的我都记下来了，交给我们老板亲自处理", set(), {"solution"}),
    ("solution-handover", S, "发票您拍照发给我们，我会交给店长跟进退款", {"solution"}, set()),
    # the customer's file read out, their wish taken down in their words; not "I'll note every word" with nothing read
    # back
    ("confirm-file", S, "我调了您的订单：上周二下的单，两箱苹果，收件人是您先生", {"confirm"}, set()),
    ("confirm-words", S, "您要换成同款的白色，这个我记下了", {"confirm"}, set()),
    ("confirm-words", S, "您说的话我会一字不漏记下来", set(), {"confirm"}),
    # our own handling owned, the clause that makes us liable, the works named as the source: nothing held against them
    ("argue-owned", S, "你根本没机会看清楚，这是我们员工的操作有问题", set(), {"argue"}),
    ("argue-clause", S, "合同第九条写的是延误超过三天由我方承担损失，您这个正是这一条说的情况", set(), {"argue"}),
    ("argue-works", S, "衣服都是送去洗衣厂的，应该是洗衣厂那边弄错了", set(), {"argue"}),
    # round 26: customer lines
    # a 了 that closes a request or a follow-up remark is no fact: the customer's own resolve, "I'm about to …",
    # 莫又 for 别又, demands after a head announcing them, "however much is missing, make it up", the outcome of an
    # "if"; a consequence for someone else still is
    ("fact-resolve", C, "这家健身房我是不敢再去了", set(), {"fact"}),
    ("fact-resolve", C, "剩下的疗程我不想做了，钱退给我", {"request"}, {"fact"}),
    ("fact-resolve", C, "孩子吓得都不敢坐车了", {"fact"}, set()),
    ("fact-about-to", C, "我真想直接去找你们总部了", set(), {"fact"}),
    ("fact-dont-again", C, "好嘛，我等你消息，莫又忘了", set(), {"fact"}),
    ("fact-demand-list", C, "我就要两件事，明天之内派人把水管换好了，再把多收的钱退了", {"request"}, {"fact"}),
    ("fact-demand-list", C, "我要你们给个答复：押金退了，违约金也免了", {"request"}, {"fact"}),
    ("fact-demand-list", C, "我要个说法，你们昨天把我的快递弄丢了", {"fact", "request"}, set()),
    ("fact-make-up", C, "我要你们重新称，少了几斤也得给我补齐", {"request"}, {"fact"}),
    ("fact-if-then", C, "万一路上下雨，淋湿了，这损失你们得赔", set(), {"fact"}),
    ("fact-then", C, "昨天等到晚上还是没人来", {"fact"}, set()),
    # what happened, in a rhetorical line or in Cantonese: a near miss, paid in full, a symptom each time it is used,
    # the hour it came after a yes, a paper thrust at the customer, learning of it from someone's call, what a paper
    # says, money taken inside a question, what their people said on the phone back then
    ("fact-near-miss", C, "刹车失灵，差点就撞上护栏", {"fact"}, set()),
    ("fact-paid-full", C, "佢哋點安排關我咩事，我俾齊錢㗎", {"fact"}, set()),
    ("fact-symptom", C, "这双鞋穿上就磨脚", {"fact"}, set()),
    ("fact-symptom", C, "要是戴起来就晕怎么办", set(), {"fact"}),
    ("fact-arrival-hour", C, "是的，下午两点多钟送到的", {"fact"}, set()),
    ("fact-arrival-hour", C, "你是说三点到的吗", set(), {"fact"}),
    ("fact-handed", C, "司机丢了个单子给我就走，我哪知道要检查？", {"fact"}, set()),
    ("fact-learned-late", C, "是邻居打电话给我我才知道的", {"fact"}, {"request"}),
    ("fact-paper-says", C, "发票上印的是两千八", {"fact"}, set()),
    ("fact-paper-says", C, "发票上写的是什么？", set(), {"fact"}),
    ("fact-question-money", C, "挂号就交了三百块，就看了五分钟？", {"fact"}, set()),
    ("fact-staff-said", C, "当初你们店里的人在电话里跟我讲可以换", {"fact"}, set()),
    # requests: "so who am I to ask?" asks nothing; "don't let it happen again" at the close asks, the retort "don't
    # tell me …" does not
    ("request-rhetorical", C, "你们都推来推去，那我要找谁？", set(), {"request"}),
    ("request-not-again", C, "好，周四见，别又让我白跑一趟", {"request"}, set()),
    ("request-not-again", C, "唔该，下次唔好再咁", {"request"}, set()),
    ("request-retort", C, "这次不要再跟我说没库存了", set(), {"request"}),
    ("request-retort", C, "你哋成班廢柴，唔好同我講咩流程", {"abuse"}, {"request"}),
    # a number to be posted online is the threat, not a demand for it; 废柴 heard as 費柴, not 费柴火
    ("ud-doxx", C, "不退钱我就把你们店长的电话发到网上", {"threat"}, {"unreasonable_demand"}),
    ("ud-doxx", C, "把你们老板的私人手机号给我", {"unreasonable_demand"}, set()),
    ("abuse-homophone", C, "你哋成班費柴", {"abuse"}, set()),
    ("abuse-homophone", C, "这种老灶很费柴火", set(), {"abuse"}),
    # round 27: staff lines
    # a demand declined, a guarantee refused, an answer put off, no authority to agree: no circumstance is offered; the
    # helpless "we can't help it" with a reason stays the excuse
    ("excuse-declined", S, "双倍赔偿这个我没办法答应您，我先把情况记下来", set(), {"excuse"}),
    ("excuse-declined", S, "几点能到我没办法跟您保证，我先帮您催一下物流", set(), {"excuse", "overpromise"}),
    ("excuse-declined", S, "这个我现在没办法马上答复您，问清楚再给您回电话", set(), {"excuse"}),
    ("excuse-declined", S, "这个我们真的没办法，人手实在不够", {"excuse"}, set()),
    ("excuse-authority", S, "免单再赔三千，我没有权答应你", set(), {"excuse"}),
    ("excuse-authority", S, "这笔退款我没有权限批，要等总部", {"excuse"}, set()),
    # "I can't decide it myself" with the one of ours it will be talked over with named
    ("excuse-consult", S, "押金扣不扣我没办法自己决定，得先跟店长商量，今晚给您回电话", {"solution"}, {"excuse"}),
    ("excuse-consult", S, "押金扣不扣我没办法自己决定，规定就是这样", {"excuse"}, set()),
    # the colleague who promised it has left and his word is left to no one; another party's side that oversold
    ("blame-left", S, "给您报价的那个业务员已经辞职了，他答应的事，公司这边也没办法", {"blame"}, {"excuse"}),
    ("blame-left", S, "之前的老师离职了，她答应的事我来接着办", set(), {"blame"}),
    ("blame-party", S, "那天是美团那边超卖了，我们店里根本没接到单", {"blame"}, {"excuse"}),
    # the one taking the call over sums up what they heard; the customer's file pulled up and read out
    (
        "confirm-recap",
        S,
        "我是店长。您刚才说的我都听清楚了：蛋糕送晚了两个钟头、字写错了、奶油也化了",
        {"confirm"},
        set(),
    ),
    ("confirm-recap", S, "情况我都了解了，我们马上安排", set(), {"confirm"}),
    ("confirm-file", S, "我把您上个月的缴费记录调出来了：三月五号扣了两次，每次八十九", {"confirm"}, set()),
    ("confirm-file", S, "我看了一下单子，上面写着七天内免费换", {"confirm"}, set()),
    ("confirm-file", S, "我把您的订单调出来了：但是已经超过退货期了", set(), {"confirm"}),
    ("confirm-told", S, "我查了聊天记录：我们当时没有提过包装费", {"confirm"}, set()),
    ("confirm-told", S, "我们当时都有提过包装费要另外算", {"argue"}, set()),
    # no step yet: the matter reported up for the manager to take the customer on, our own rule read out and owned,
    # where to send it asked, the contract's clause quoted, a read-back closed by a check of its own, the call-back said
    # back
    ("solution-handover", S, "我这就把您的情况报给我们店长，让她直接跟您联系", set(), {"solution"}),
    ("solution-handover", S, "我这就把您的情况报给店长，今晚八点前给您回电话", {"solution"}, set()),
    ("solution-rule-owned", S, "我们的保修条款写得很明白，一年内免费修，是我们没有做到", set(), {"solution"}),
    ("solution-rule-owned", S, "我们的保修条款写得很明白，是我们没有做到，明天我就安排师傅上门", {"solution"}, set()),
    ("solution-where", S, "那补偿的话，是打到您原来付款的那张银行卡就可以吗？", set(), {"solution"}),
    ("solution-where", S, "退款我们今天就原路退回您付款的银行卡", {"solution"}, set()),
    ("solution-clause", S, "合同第五条写着“安装后三十天内可以免费退换”，要经过审核", set(), {"solution"}),
    ("solution-clause", S, "合同第五条写着“三十天内可以免费退换”，我今天就帮您办理退换", {"solution"}, set()),
    ("solution-readback", S, "我复述一下：您希望明天之前把钱退回原来的卡。这样对吗？", {"confirm"}, {"solution"}),
    ("solution-restated", S, "好的张姐，六点前给您回个电话。谢谢您这么耐心", {"thanks"}, {"solution"}),
    # a firm answer by a set time, with the guarantee refused, is the step (no overpromise); a guarantee given is not
    (
        "callback-firm",
        S,
        "赔多少我现在不敢打包票，得等经理看过照片，礼拜五中午前我一定给您回个准话",
        {"solution"},
        {"overpromise"},
    ),
    ("callback-firm", S, "我给您打包票，礼拜五前一定给您修好", {"overpromise"}, set()),
    # the staff's own slip conceded after "you're right" is the apology's; a question called well-founded and anger
    # called reasonable grant the feeling
    ("concede-slip", S, "您说得对，是我话讲得太冲了，对不起", {"apology"}, {"empathy"}),
    ("concede-slip", S, "您讲得对，是我们的责任，不该推给快递", set(), {"empathy"}),
    ("empathy-question", S, "您问得有道理，新换的轮胎不该这么快就磨平", {"empathy"}, set()),
    ("empathy-anger", S, "搞成这样，你发火是很合理的", {"empathy"}, set()),
    ("empathy-anger", S, "这个收费是合理的", set(), {"empathy"}),
    # an apology to 你; the cushion before a look again that trails off
    ("apology-you", S, "我代表店里向你道歉", {"apology"}, set()),
    ("apology-you", S, "凭什么要我向你道歉", set(), {"apology"}),
    ("cushion", S, "不好意思，我再查一下……", set(), {"apology"}),
    ("cushion", S, "不好意思，我再查一下原因，今天给您答复", {"apology"}, set()),
    # what the apology is for with two clauses between, the slip said without 我: the apology alone
    ("apology-object", S, "真对不起，孩子的校服等着穿，改成这样，让您跑了三趟", {"apology"}, {"empathy"}),
    ("apology-slip", S, "刚才那样讲话很不应该，对不起", {"apology"}, {"empathy"}),
    # a note taken or a check announced with nothing read back is no read-back;
    # 理解 as the customer's reading grants nothing
    ("confirm-noted", S, "你讲的这些我已经记好了", set(), {"confirm"}),
    ("confirm-noted", S, "我记一下：三号送的货，少了两箱，是吗？", {"confirm"}, set()),
    ("confirm-record", S, "我们这边调了一下订单系统", set(), {"confirm"}),
    ("empathy-reading", S, "你这个理解是不对的，保修不包人工", set(), {"empathy"}),
    # round 27: customer lines
    # threat: the warning after a condition with no act named, the post held over them; a regulator is no threat
    ("threat-conditional", C, "后天中午前要是还敷衍我，你们就等着吧", {"threat"}, {"request"}),
    ("threat-conditional", C, "後日下晝冇人覆我 你哋就知死", {"threat"}, set()),
    ("threat-conditional", C, "明早再没消息，有你们好受的", {"threat"}, set()),
    ("threat-conditional", C, "你们要是再忽悠我，我照样发出去", {"threat"}, set()),
    ("threat-conditional", C, "要是礼拜五前还拖着不退，我就去市场监管局投诉", set(), {"threat"}),
    ("threat-conditional", C, "你们不处理的话，我就把这些照片寄给消费者协会", set(), {"threat"}),
    ("threat-conditional", C, "你们要是需要照片，我就发过去", set(), {"threat"}),
    ("threat-conditional", C, "好，那我就等着你们的电话", set(), {"threat"}),
    # threat: a face or number put out on whatever page, the whole town made to know them
    ("threat-expose", C, "不退钱的话，我就把那个导购的相片和手机号挂出去", {"threat"}, set()),
    ("threat-expose", C, "再拖下去，我让全小区都知道你们是怎么坑人的", {"threat"}, set()),
    ("threat-expose", C, "唔賠錢我就將個技師張相放晒上網", {"threat"}, set()),
    ("threat-expose", C, "麻烦把那个师傅的电话发到我手机上", set(), {"threat"}),
    ("threat-expose", C, "我回家让全家都看看这套新沙发", set(), {"threat"}),
    ("threat-expose", C, "我把维修师傅签字的照片发上去了", set(), {"threat"}),
    ("threat-expose", C, "我把车放在你们网点了", set(), {"threat"}),
    # threat: a weapon brought to their door, the dare, their hours known; a tool used and the shop's hours are not
    ("threat-weapon", C, "再不给说法，我明儿拎把菜刀到你们店里去", {"threat"}, set()),
    ("threat-weapon", C, "我拿锤子去敲了一下，还是打不开", set(), {"threat"}),
    ("threat-dare", C, "行啊，不赔是吧，看你们谁还敢横", {"threat"}, set()),
    ("threat-dare", C, "看看谁能帮我处理一下", set(), {"threat"}),
    ("threat-hours", C, "你几点下班我都晓得", {"threat"}, set()),
    ("threat-hours", C, "你们几点下班我都不知道，怎么去拿", set(), {"threat"}),
    ("threat-neighbours", C, "楼上漏水，邻居天天来敲门", set(), {"threat"}),
    # abuse: called deaf or blind, 低能 (not 低能耗), a gang of bandits, 你哋班 before the insult (not 你们班主任)
    ("abuse-deaf-blind", C, "打了八遍电话都没人接，你们是聋子吗", {"abuse"}, set()),
    ("abuse-deaf-blind", C, "你眼睛瞎啦，箱子都压扁了还说没问题", {"abuse"}, set()),
    ("abuse-dim", C, "你哋班人係咪低能", {"abuse"}, set()),
    ("abuse-dim", C, "这款冰箱低能耗，挺省电", set(), {"abuse"}),
    ("abuse-gang", C, "收这么多钱，一窝土匪", {"abuse"}, set()),
    ("abuse-gang", C, "上个月一帮土匪冒充你们的人上门收钱", set(), {"abuse"}),
    ("abuse-gang", C, "你们班主任昨天没通知家长", set(), {"abuse"}),
    ("abuse-belittle", C, "你个黄毛丫头懂什么", {"abuse"}, set()),
    ("abuse-brain", C, "你们那些师傅脑子也进水了吧", {"abuse"}, set()),
    # fact: no report under "don't", in "you should have said so", in what was said just now on this call, in "so you
    # mean I …", in a worker's number, a day earlier or a rule for next time; "back then", "yes, and also …", a symptom,
    # one's own years in a retort, a reading, what the shop measured are reports
    ("fact-dont-clause", C, "你们别老讲是我没关门，把多收的钱退给我", {"request"}, {"fact"}),
    ("fact-said-earlier", C, "你早这么说嘛", set(), {"fact"}),
    ("fact-just-now", C, "你刚刚不是说可以全退吗", set(), {"fact"}),
    ("fact-so-you-mean", C, "你这么说是要我自己去找厂家喽", set(), {"fact"}),
    ("fact-worker-number", C, "那个八号技师你们要好好管一下", set(), {"fact"}),
    ("fact-day-earlier", C, "提前一日通知我就好", set(), {"fact"}),
    ("fact-next-time", C, "以后司机没接到人要立刻通知家长", set(), {"fact"}),
    ("fact-back-then", C, "那个时候我还在公司加班，根本不在家", {"fact"}, set()),
    ("fact-back-then", C, "到那个时候你们再打给我", set(), {"fact"}),
    ("fact-yes-and", C, "对 还有窗框也裂开了", {"fact"}, set()),
    ("fact-symptom", C, "是 她现在还有点咳嗽", {"fact"}, set()),
    ("fact-symptom", C, "会不会有点过敏啊", set(), {"fact"}),
    ("fact-question-story", C, "我开了二十年车了，哪见过这种事？你是说我不会开？", {"fact"}, set()),
    ("fact-question-story", C, "我拆箱嗰阵封条都未开，点会系我整坏？", {"fact"}, set()),
    ("fact-reading", C, "一插上电就跳闸，整层楼都黑了", {"fact"}, set()),
    ("fact-measured", C, "你们量的是一米八，我回家一量才一米六", {"fact"}, set()),
    ("fact-measured", C, "你们是怎么称的？", set(), {"fact"}),
    # request: "at least show me how", the channel accepted; "and even scratched it for me" asks nothing
    ("request-at-least", C, "今晚你们至少要告诉我怎么关总阀", {"request"}, set()),
    ("request-channel", C, "我上班接不了电话，你发微信也行", {"request"}, set()),
    ("request-even-broke", C, "师傅来修空调，还给我刮花了一大块墙", set(), {"request"}),
    # unreasonable_demand: the top boss to the home, 陪 for 赔, years waived, 少一分都不中; a past visit is none
    ("ud-boss-home", C, "明天你们董事长必须到我家来一趟", {"unreasonable_demand"}, set()),
    ("ud-boss-home", C, "上个月你们老板到我家来看过了", set(), {"unreasonable_demand"}),
    ("ud-homophone", C, "我要你哋陪我二十万", {"unreasonable_demand"}, set()),
    ("ud-waived", C, "这两年的管理费都给我免掉", {"unreasonable_demand"}, set()),
    ("ud-not-a-cent", C, "八千块，少一分都不中", {"unreasonable_demand"}, set()),
    # round 28: staff lines
    # "I can't pin the figure down now" or "can't agree on the spot", then a dated answer, offers no circumstance
    ("no-way-pin", S, "运费能退多少我现在没办法跟你说死，周五前一定回复你", {"solution"}, {"excuse"}),
    ("no-way-pin", S, "押金的事我沒辦法當場就答應您，下午三點前回您電話", {"solution"}, {"excuse"}),
    ("no-way-pin", S, "雪下成这样，我们也没办法，只能等路通了", {"excuse"}, set()),
    # "I can't decide, I'm passing it on right now" hands over; "can't decide, rules are rules" stays the excuse
    ("hand-over-now", S, "退押金这件事我做不了主，我马上就转给我们店长处理", set(), {"excuse"}),
    ("hand-over-now", S, "这个我做不了主，规定就是这样", {"excuse"}, set()),
    # the junior on duty who "probably didn't see it" is blame (and blame pushes the excuse out)
    ("junior-on-duty", S, "那天下午是实习生在看店，她可能没看到您的留言", {"blame"}, {"excuse"}),
    ("junior-on-duty", S, "那天是实习生在看店，我们没注意到您的留言，是我们的问题", set(), {"blame"}),
    # a colleague guessed to have keyed it wrong is no argument with the customer; the customer's own slip still is
    ("colleague-slip", S, "那天是收银员开的单，应该是她输错了", set(), {"argue"}),
    ("colleague-slip", S, "您当时可能按错了", {"argue"}, set()),
    # one desk of ours disowned points at another desk; "not us who scratched it" to the customer argues
    ("desk-disowned", S, "这个通知不是我们财务发的", set(), {"argue"}),
    ("desk-disowned", S, "您说的划痕不是我们弄的", {"argue"}, set()),
    # the terms read out to grant what the customer may claim hold nothing against them
    ("terms-right", S, "合同写明没上的课可以申请退费，这是您的权利", set(), {"argue"}),
    ("terms-right", S, "合同写明了逾期不退，您签字的时候是同意的", {"argue"}, set()),
    # the rhetorical "surely not every time on our account?" pushes back; 行不通 does not
    ("rhetorical-push", S, "玻璃杯本来就容易碎，难道每次都要怪到我们头上吗？", {"argue"}, {"dismissive"}),
    ("rhetorical-push", S, "這個方法行不通，我們換個辦法幫您處理", set(), {"argue"}),
    # the customer cleared for not noticing grants the feeling; our own people's not noticing, played down, does not
    ("not-noticing", S, "那个裂缝那么细，您收货时没发现也很正常", {"empathy"}, {"dismissive"}),
    ("not-noticing", S, "抱歉，是我刚才讲错了，那么小的字，当时没注意到很正常", {"apology", "empathy"}, {"dismissive"}),
    ("not-noticing", S, "我们师傅当时没发现也很正常，这种裂缝很常见", {"dismissive"}, {"empathy"}),
    # "whoever it landed on would be fuming", the plight granted as maddening
    ("anyone", S, "排了三个小时的队，放在谁身上都会生气", {"empathy"}, set()),
    ("anyone", S, "实在抱歉，让您多跑一趟，这种事落在谁身上都恼火", {"apology", "empathy"}, set()),
    ("anyone", S, "这个任务放在谁身上都一样要做", set(), {"empathy"}),
    ("maddening", S, "车停在半路上动不了，确实急人", {"empathy"}, set()),
    # the staff's earlier "I don't know" taken back refuses nothing now
    ("dk-retracted", S, "我之前讲不清楚，这样讲不对，我现在帮您查", set(), {"dont_know"}),
    ("dk-retracted", S, "这个我真的不知道", {"dont_know"}, set()),
    # the call back by the hour (钟头) or said as 回话
    ("callback-hour", S, "两个钟头之内我给您回话", {"solution"}, set()),
    ("callback-hour", S, "他一讲就是一个钟头", set(), {"solution"}),
    # a file called up only to turn the customer down reads nothing back
    ("confirm-file", S, "我把您的购买记录找到了：不过这个已经过了七天", set(), {"confirm"}),
    # round 28: customer lines
    # threat: "you'll know the taste of it" after a condition; a dish tasted is none. 记住 after a deadline is a
    # reminder, and "give me your WeChat, I'll message you daily" is the demand for the contact, not a threat
    ("threat-taste", C, "礼拜五下班前还不退，你们就知道厉害了", {"threat"}, set()),
    ("threat-taste", C, "听日唔覆我，你咪知味道", {"threat"}, set()),
    ("threat-taste", C, "这个汤你喝一口就知道味道了", set(), {"threat"}),
    ("threat-remember", C, "三号之前，你记住了", set(), {"threat"}),
    ("threat-remember", C, "今晚八点，您记住啊", set(), {"threat"}),
    ("threat-remember", C, "你给我记住，这事没完", {"threat"}, set()),
    ("threat-contact", C, "把你的手机号码给我，我每天给你打电话", set(), {"threat"}),
    ("threat-contact", C, "把你名字发到网上，再把你微信给我，我天天找你", {"threat"}, set()),
    # fact: 没有 closing a yes-no question, "no time to waste with you", someone still to be told report nothing; the
    # clock the customer is up against after a yes does
    ("fact-no-time", C, "我没空陪你耗，叫你们经理来", set(), {"fact"}),
    ("fact-to-be-told", C, "隔壁那户要是闹，你们要跟她说清楚", set(), {"fact"}),
    ("fact-to-be-told", C, "我跟他讲过三次了", {"fact"}, set()),
    ("fact-clock", C, "是 后天早上就要出院了", {"fact"}, set()),
    ("fact-clock", C, "对 他后天要来", set(), {"fact"}),
    # request: 到底还退不退, "so you guarantee it arrives by …?", "tell the courier to handle it gently", "you must
    # step in"; not the customer unsure, a guarantee scorned, a parting hope, the outfit for an occasion
    ("request-a-not-a", C, "你们到底还赔不赔啊？", {"request"}, set()),
    ("request-guarantee", C, "那你们保证礼拜三能送到吗？", {"request"}, set()),
    ("request-guarantee", C, "你保证有什么用？", set(), {"request"}),
    ("request-careful", C, "下回叫快递员轻拿轻放", {"request"}, set()),
    ("request-step-in", C, "物业那边不认的话，你们也要出面", {"request"}, set()),
    ("request-parting-hope", C, "行吧，希望你们这次说话算话", set(), {"request"}),
    ("request-outfit", C, "这条裙子我要穿去参加婚礼的", set(), {"request"}),
    # "don't tell me that again" retorts; it asks for nothing
    ("request-retort", C, "下次别再跟我讲系统升级了", set(), {"request"}),
    # round 29: staff lines
    # someone's private phone or address declined is privacy, not an excuse; a plain "can't refund" stays one
    ("excuse-privacy", S, "师傅的手机号码我没办法给您，有事我帮您转达", set(), {"excuse"}),
    ("excuse-privacy", S, "店长的住址我们没有办法提供", set(), {"excuse"}),
    ("excuse-privacy", S, "我没办法给您退，钱已经结算了", {"excuse"}, set()),
    ("excuse-handover", S, "这件事我没办法，我让经理亲自跟进", set(), {"excuse"}),
    # a guarantee refused up front promises nothing and excuses nothing
    ("excuse-guarantee", S, "几点到我没办法提前跟您保证，我一有消息就打给您", set(), {"excuse", "overpromise"}),
    ("excuse-guarantee", S, "我先跟您保证，明天一定修好", {"overpromise"}, set()),
    # no authority to speak to it, handed to the manager: a hand-over; said bare it stays the excuse
    ("excuse-authority", S, "赔偿多少我没有权说，我会交给我们主管处理", set(), {"excuse"}),
    ("excuse-authority", S, "赔偿多少我没有权说", {"excuse"}, set()),
    # our own rule named as the one we broke owns the lapse; the rule as the reason stays the excuse
    ("excuse-own-rule", S, "先验货再签收是我们的规定，这次我们却没有做到", set(), {"excuse"}),
    ("excuse-own-rule", S, "先验货再签收是我们的规定，我们也改不了", {"excuse"}, set()),
    # "not mine to decide", then talked over with the manager and a time to hear back
    ("excuse-manager-talk", S, "免单我做不了主，今晚跟店长商量好，明天上午回复您", set(), {"excuse"}),
    ("excuse-manager-talk", S, "免单我做不了主，您找别人吧", {"excuse"}, set()),
    # "I told you wrong" and the accusation taken back are the staff's own slip
    ("argue-own-slip", S, "不好意思，是我刚才跟您讲错了价钱", set(), {"argue"}),
    ("argue-own-slip", S, "您讲错了，我们没有这个价", {"argue"}, set()),
    ("argue-retract", S, "我不应该说您记错，抱歉", set(), {"argue"}),
    ("argue-retract", S, "您记错了，我们没这么说过", {"argue"}, set()),
    ("argue-own-lapse", S, "您没注意到台阶，是我们没提醒到位", set(), {"argue"}),
    ("argue-own-lapse", S, "您没注意看台阶", {"argue"}, set()),
    # a plain either-or question after "let me get it straight" asks; "why didn't you" still argues
    ("argue-choice-question", S, "我想先问清楚，您订的是周六还是周日呀", set(), {"argue"}),
    ("argue-choice-question", S, "我想先问清楚，您当时为什么不早点说", {"argue"}, set()),
    # the staff's own "that's normal" taken back; the customer's wish to check granted as natural
    ("dismissive-retract", S, "我之前说延误很常见，这样讲不对，真的抱歉", set(), {"dismissive"}),
    ("dismissive-retract", S, "延误很常见的，您别太在意", {"dismissive"}, set()),
    ("dismissive-ask-natural", S, "您要核对一下每一项收费，这很正常", set(), {"dismissive"}),
    ("dismissive-ask-natural", S, "您想问也正常，不过这种小划痕很常见", {"dismissive"}, set()),
    # the yes-no question 能不能退 refuses nothing, so the call-back after it stays the step
    ("solution-question-refund", S, "押金能不能退要等经理回来，我明天上午给您回电话", {"solution"}, set()),
    ("solution-question-refund", S, "这个押金不能退", set(), {"solution"}),
    # the call promised by a set time as 一定打过来; the customer asked to call is no step of ours
    ("solution-call-over", S, "下午三点前我准时打过去", {"solution"}, set()),
    ("solution-call-over", S, "您八点前一定打过来，过了八点我就下班了", set(), {"solution"}),
    # the staff's own heart going out on hearing it
    ("empathy-heart", S, "我听了都替您着急，孩子发着烧还等了两个钟头", {"empathy"}, set()),
    ("empathy-heart", S, "我听着都没问题，您再试试", set(), {"empathy"}),
    # the customer's words checked against the record (对不上) grant nothing
    ("empathy-mismatch", S, "系统里的型号跟您说的对不上，我再查一下", set(), {"empathy"}),
    ("empathy-mismatch", S, "您说的对，这个确实该退", {"empathy"}, set()),
    # "I see why you'd say that" with 讲; a "but" after it still cancels it
    ("empathy-say-jiang", S, "您这样讲我理解，我们先把单子调出来", {"empathy"}, set()),
    ("empathy-say-jiang", S, "您这样讲我理解，不过规定就是这样", {"excuse"}, {"empathy"}),
    # the customer asked to ring us is no step of ours
    ("solution-customer-calls", S, "你明天上午记得打过来，我下午不在", set(), {"solution"}),
    ("solution-customer-calls", S, "你明天上午打过来，我马上给你退款", {"solution"}, set()),
    # round 29: customer lines
    ("request-done-for-me", C, "结果前台给我安排的床位靠着厕所门口", set(), {"request"}),
    ("request-done-for-me", C, "那你们给我换个新的床垫", {"request"}, set()),
    ("request-not-asking", C, "要得嘛", set(), {"request"}),
    ("request-not-asking", C, "我短期内不打算再来了", set(), {"request"}),
    ("request-biao", C, "下礼拜四 嫑再放俺鸽子了", {"request"}, set()),
    ("request-hurry-named", C, "那恁搞快点噻", {"request"}, set()),
    ("request-see-to-it", C, "这个你们也得帮我查查", {"request"}, set()),
    ("request-at-least", C, "你们至少也要打个电话通知我啊", {"request"}, set()),
    ("request-at-least", C, "他至少要打电话跟我讲才对", set(), {"request"}),
    ("fact-refund-object", C, "摔烂了的钱全部退给我", {"request"}, {"fact"}),
    ("fact-refund-object", C, "多扣的钱退给俺", set(), {"fact"}),
    ("fact-refund-object", C, "杯子摔烂了，你们得退给我", {"fact", "request"}, set()),
    ("fact-why-explain", C, "要给我个解释，为什么订单没了", {"request"}, {"fact"}),
    ("fact-why-explain", C, "订单没了，我要你们给个解释", {"fact", "request"}, set()),
    ("threat-consequence", C, "你们自己知道后果", {"threat"}, set()),
    ("threat-consequence", C, "你知道后果吗？", set(), {"threat"}),
    ("abuse-garbage-bunch", C, "这帮垃圾！", {"abuse"}, set()),
    ("abuse-garbage-bunch", C, "门口那群垃圾桶都满了", set(), {"abuse"}),
    ("fact-own-clock", C, "我等会儿还得去接孩子放学", {"fact"}, set()),
    ("fact-left", C, "这套课程还剩五节没上", {"fact"}, set()),
    ("fact-left", C, "还剩几次？", set(), {"fact"}),
    ("fact-left", C, "剩下三节课的钱退给我", {"request"}, {"fact"}),
    ("fact-wound", C, "伤口现在还有点肿", {"fact"}, set()),
    ("fact-made-like-this", C, "头发剪成这个样子，三百块", {"fact"}, set()),
    ("fact-made-like-this", C, "别给我剪成这个样子", set(), {"fact"}),
    ("fact-all-question", C, "俺们一家子谁都没看到，你凭啥说俺弄坏的？", {"fact"}, set()),
    ("fact-all-question", C, "小票上打的两百八，你们凭什么收三百？", {"fact"}, set()),
    ("fact-all-question", C, "发票上印着多少钱？", set(), {"fact"}),
    # waiting for their call is no "you just wait"
    ("threat-waiting", C, "行 那我在家等你们回电", set(), {"threat"}),
    # round 30: staff lines
    # the trouble softened with "a bit" and called normal plays it down (`dismissive`), argues nothing
    ("argue-softened-normal", S, "稍微有点掉色其实也算正常，洗两次就好了", {"dismissive"}, {"argue"}),
    ("argue-softened-normal", S, "蛋糕路上有一点点塌其实也挺常见", {"dismissive"}, {"argue"}),
    ("argue-softened-normal", S, "其实我们的师傅很专业", {"argue"}, set()),
    # the customer's own outlay read back (自己重新买的, 自己垫付的) is a loss to make good, not their fault
    ("argue-own-outlay", S, "我跟您确认一下：回程的车票是您自己重新买的，一共九十块，对吗？", {"confirm"}, {"argue"}),
    ("argue-own-outlay", S, "这个配件是您自己买的，不是我们原装的", {"argue"}, set()),
    ("argue-own-outlay", S, "是您自己拆开包装的", {"argue"}, set()),
    # "by rights the company bears it" owes a remedy of ours; the rule binding the customer still argues
    ("argue-house-bound", S, "按规定这笔改签费本来就该由公司承担，我今天就给您退", {"solution"}, {"argue"}),
    ("argue-house-bound", S, "漏发的运费原本就应该店里出，我马上给您申请", {"solution"}, {"argue"}),
    ("argue-house-bound", S, "寄贵重东西本来就应该保价", {"argue"}, set()),
    # a plain either-or question about when the fault shows asks (the learned layer read argue)
    ("argue-either-or", S, "请问是开机的时候响，还是关机以后也一直响？", set(), {"argue"}),
    ("argue-either-or", S, "想了解一下，是下雨的时候渗水，还是平时也渗？", set(), {"argue"}),
    ("argue-either-or", S, "是早上刚起来的时候痒，还是一整天都痒呢", set(), {"argue"}),
    # a question about the hand-over with the fault disclaimed holds nothing against the customer
    ("argue-disclaimer", S, "您收货的时候有开箱看过吗？不是怪您的意思，就是想了解一下情况。", set(), {"argue"}),
    ("argue-disclaimer", S, "我不是说您的错，只是想确认一下当天是谁签收的。", set(), {"argue"}),
    # an outside crew named as the one that did the job, "not our own staff", is `blame`
    ("argue-outside-crew", S, "装空调是合作的安装队做的，不是我们自己的师傅", {"blame"}, {"argue"}),
    ("argue-outside-crew", S, "搬家那天是第三方物流公司送的，不是我们公司的司机", {"blame"}, {"argue"}),
    # "so what you mean is …, right?" sums the customer up (`confirm`)
    ("argue-summed-up", S, "也就是说您收到的是两件，少了一件，对吗？", {"confirm"}, {"argue"}),
    ("argue-summed-up", S, "您的意思是房间跟订的不一样，是不是？", {"confirm"}, {"argue"}),
    # "it was you who said not to (yet)" recalls the customer's word against them — not asked
    ("argue-own-word", S, "可是张小姐，那天是您讲暂时不要装的，您说等装修完再弄", {"argue"}, set()),
    ("argue-own-word", S, "我记得是你说先不用修的，你说过两天再来", {"argue"}, set()),
    ("argue-own-word", S, "是你说先不用换的吗？", set(), {"argue"}),
    # the notice shown read on the customer's side (您那边是有已读的) — not a condition
    ("argue-read-receipt", S, "可是我们在群里有发通知，您那边是有已读的喔", {"argue"}, set()),
    ("argue-read-receipt", S, "您有看过的话就好办了", set(), {"argue"}),
    # "can't do X, but we will do Y" is the playbook's answer, not an excuse — not a but asking for understanding
    ("excuse-but-ours", S, "原价退款我们没办法，不过可以给您换一台新的", {"solution"}, {"excuse"}),
    ("excuse-but-ours", S, "现金赔偿我给不了，不过我们有备用机，今天就给您送过去", {"solution"}, {"excuse"}),
    ("excuse-but-ours", S, "今天师傅排不开来不及上门，但是我明天一早安排师傅过去", {"solution"}, {"excuse"}),
    ("excuse-but-ours", S, "这个没办法，不过请您理解一下，最近单子真的太多", {"excuse"}, set()),
    # only wanting to learn the procedure cites no rule
    ("excuse-learn-procedure", S, "我只是想了解流程，您签收的时候有拍照吗？", set(), {"excuse"}),
    ("excuse-learn-procedure", S, "这是公司的规定，我也没办法", {"excuse"}, set()),
    # the customer's order borne out by the paper or by us; a record read out of itself or against them is not
    ("confirm-borne-out", S, "您预订的确实是大床房，是我们前台排错了", {"confirm"}, set()),
    ("confirm-borne-out", S, "页面上写的确实是含早餐，您订的就是这个套餐", {"confirm"}, set()),
    ("confirm-borne-out", S, "订单上我这边也看得到，您加购了两年延保", {"confirm"}, set()),
    ("confirm-borne-out", S, "记录里确实有两次换油，十点结的账", set(), {"confirm"}),
    ("confirm-borne-out", S, "记录上确实是您签的字", set(), {"confirm"}),
    # concrete steps: flagged urgent, visit fitted to the customer, followed to the end, direct line, resend
    ("solution-concrete", S, "我这边已经帮您备注成优先了，单号发您短信", {"solution"}, set()),
    ("solution-concrete", S, "师傅上门前会先打电话给您，等您有空的时候再过去", {"solution"}, set()),
    ("solution-concrete", S, "您这个情况我们会一直跟进到完全好为止", {"solution"}, set()),
    ("solution-concrete", S, "好的，补寄一盒到您公司地址，店长批了我就打您手机", {"solution"}, set()),
    ("solution-concrete", S, "您以后有事都可以直接打我们店长的专线", {"solution"}, set()),
    ("solution-concrete", S, "您能不能等您有空的时候再过来一趟？", set(), {"solution"}),
    # round 30: customer lines
    # round 30, model look-alikes after the retrain: whether the boss is in or they have set out asks, demands nothing
    ("ud-boss-at-work", C, "你们经理明天来不来上班啊", set(), {"unreasonable_demand", "request"}),
    ("ud-boss-at-work", C, "店長聽日返唔返工？", set(), {"unreasonable_demand"}),
    ("ud-boss-at-work", C, "你们店长今晚必须来我家给我磕头道歉", {"unreasonable_demand"}, set()),
    ("request-setting-out", C, "师傅要出门了没有", set(), {"request"}),
    ("request-setting-out", C, "你们准备出发了吗？", set(), {"request"}),
    ("request-setting-out", C, "师傅今天下午必须上门给我修好", {"request"}, set()),
    # round 30: the worker made not to walk out of the door, buddies brought to the shop; not a meal with them, not
    # one's own door
    ("threat-door", C, "我叫上几个弟兄过去，让那个司机别想走出你们店门", {"threat"}, set()),
    ("threat-door", C, "你们不给说法，我让那个经理出不了这个门", {"threat"}, set()),
    ("threat-door", C, "我明天带俩哥们到你们公司去", {"threat"}, set()),
    ("threat-door", C, "上周我带俩哥们去你们店吃饭，菜是凉的", set(), {"threat"}),
    ("threat-door", C, "门锁坏了，我走不出那道门", set(), {"threat"}),
    # round 30: careful on the way home, "I know people"; not a friendly goodbye, not "I know no one"
    ("threat-veiled", C, "你下班走路当心点", {"threat"}, set()),
    ("threat-veiled", C, "他收工回家的时候给我小心些", {"threat"}, set()),
    ("threat-veiled", C, "我认识道上的人", {"threat"}, set()),
    ("threat-veiled", C, "你知唔知 我識人㗎", {"threat"}, set()),
    ("threat-veiled", C, "你下班路上小心点哈，注意安全", set(), {"threat"}),
    ("threat-veiled", C, "我在这边不认识人，只能找你们", set(), {"threat"}),
    # round 30: "this isn't over" beside a demand out of proportion is that demand, not a threat
    ("threat-not-over", C, "这事儿还没完，给我赔十万", {"unreasonable_demand"}, {"threat"}),
    ("threat-not-over", C, "不给我换辆新车这事没完", {"unreasonable_demand"}, {"threat"}),
    ("threat-not-over", C, "这事没完，我明天就去你们店门口堵他", {"threat"}, set()),
    # round 30: a whole new car demanded; not the customer's new car, not a lemon days old
    ("ud-new-car", C, "给我换辆新车", {"unreasonable_demand"}, set()),
    ("ud-new-car", C, "你们赔俺一辆新车，再加五千", {"unreasonable_demand"}, set()),
    ("ud-new-car", C, "我新车被你们洗车的刮了", set(), {"unreasonable_demand"}),
    ("ud-new-car", C, "才提车三天就坏了，给我换辆新车", set(), {"unreasonable_demand"}),
    # round 30: the boss just named, asked if they come over tonight; not whether they work tonight
    ("ud-boss-tonight", C, "你是经理吧？那你今晚到底过不过来？", {"unreasonable_demand"}, set()),
    ("ud-boss-tonight", C, "原来你就是老板，今晚上不上门？", {"unreasonable_demand"}, set()),
    ("ud-boss-tonight", C, "你们店长今晚来不来上班？", set(), {"unreasonable_demand"}),
    # round 30 (fact): a numbered building is no date; a code or a name read out, a bare "I still want", a general
    # retort, the notice read, the neighbours all the same, where it was serviced, the shortfall put to them
    ("fact-numbered-place", C, "12号那天送来的就是坏的", {"fact"}, set()),
    ("fact-code-name", C, "KL七七三零二一，我姓吴", set(), {"fact"}),
    ("fact-code-name", C, "刘志强，尾号八八六一", set(), {"fact"}),
    ("fact-code-name", C, "会员号是A2093318", set(), {"fact"}),
    ("fact-code-name", C, "刘志强，上周三买的", {"fact"}, set()),
    ("fact-still-want", C, "我还是要那份检测报告", set(), {"fact"}),
    ("fact-still-want", C, "我要的是黑色的，你们发了白色", {"fact"}, set()),
    ("fact-kill-retort", C, "刹车这种事是要命的你知不知道", set(), {"fact"}),
    ("fact-kill-retort", C, "这种东西昨天就漏了", {"fact"}, set()),
    ("fact-paper", C, "群公告写的是三点集合", {"fact"}, set()),
    ("fact-paper", C, "通告上写着周六照常营业，你们凭什么关门？", {"fact"}, set()),
    ("fact-paper", C, "公告上写的什么？", set(), {"fact"}),
    ("fact-neighbours", C, "对门邻居家也一样漏水", {"fact"}, set()),
    ("fact-neighbours", C, "整栋楼都没电，你们管不管？", {"fact"}, set()),
    ("fact-neighbours", C, "你们是不是整栋楼都这样？", set(), {"fact"}),
    ("fact-serviced", C, "车是在你们这维修的", {"fact"}, set()),
    ("fact-say-not", C, "你讲不清楚就换个人", set(), {"fact"}),
    ("fact-half-mind", C, "我本来都想去投诉了", set(), {"fact"}),
    ("fact-shortfall", C, "多收的那部分你们也要出", {"request"}, {"fact"}),
    # round 30 (request): the cost put on them, the remedy taken, told first; a story's call, a topic opener
    ("request-cost", C, "拖车费你们得掏", {"request"}, set()),
    ("request-cost", C, "这笔钱你们要出", {"request"}, set()),
    ("request-cost", C, "你们要出发了吗", set(), {"request"}),
    ("request-accept", C, "换个新的就可以", {"request"}, set()),
    ("request-accept", C, "那就补寄就行", {"request"}, set()),
    ("request-accept", C, "退钱就行了？", set(), {"request"}),
    ("request-tell-first", C, "师傅来之前您提前给我说一声", {"request"}, set()),
    ("request-tell-first", C, "你们到时候跟我通个气", {"request"}, set()),
    ("request-tell-first", C, "你们怎么不先跟我说一声", set(), {"request"}),
    ("request-narrated-call", C, "有消息马上打电话给我", {"request"}, set()),
    ("request-raise", C, "我想要退款", {"request"}, set()),
    ("request-opener", C, "想问一下关于退款的事儿", set(), {"request"}),
    # round 30: "do you take me for a fool" is said of oneself
    ("abuse-fool", C, "你把我当三岁小孩啊？", set(), {"abuse"}),
    ("abuse-fool", C, "你当我傻子啊，你这个骗子", {"abuse"}, set()),
    # round 31: staff lines
    ("blame-own-dept", S, "您没有选错，是我们仓库配货配错了", set(), {"blame"}),
    ("blame-own-dept", S, "是我们店里的师傅装反了，真对不起", set(), {"blame"}),
    ("blame-own-dept", S, "刚才说是仓库的问题不准确，责任在我们店", set(), {"blame"}),
    ("blame-own-dept", S, "仓库那边配错了，跟我们没关系", {"blame"}, set()),
    ("blame-contact-noun", S, "我们今天用业主登记的紧急联系人找楼上，明天中午前回复您", set(), {"blame"}),
    ("blame-contact-noun", S, "我通过管理处联系楼下，下午给您回电话", set(), {"blame"}),
    ("blame-contact-noun", S, "您自己去找楼上业主谈吧", {"blame"}, set()),
    ("blame-refuses", S, "不过楼上单位不开门，我们也没办法，是那个业主自己不合作", {"blame"}, {"argue"}),
    ("blame-refuses", S, "这个是房东自己不肯配合，我们进不去", {"blame"}, {"argue"}),
    ("blame-refuses", S, "都係樓下住戶唔開門", {"blame"}, set()),
    ("blame-refuses", S, "是不是楼上不开门啊？", set(), {"blame"}),
    ("blame-refuses", S, "如果是房东不同意，我们再想别的办法", set(), {"blame"}),
    ("excuse-boss-cantonese", S, "賠償嘅事我做唔到主 我請我哋點長同你傾", set(), {"excuse"}),
    ("excuse-boss-cantonese", S, "賠新機我做唔到主 我可以同老細講 免費幫你換返原廠屏", {"solution"}, {"excuse"}),
    ("excuse-boss-cantonese", S, "赔钱我做不了主，我跟老板说，免费帮您换个新屏", {"solution"}, {"excuse"}),
    ("excuse-boss-cantonese", S, "赔多少我做不了主，我跟老板讲一下看看吧", {"excuse"}, set()),
    ("excuse-boss-cantonese", S, "这个我做不了主，规定就是这样", {"excuse"}, set()),
    ("solution-handover", S, "这件事我现在就转给我们值班主管林经理，他十分钟内给您回电话。", set(), {"solution"}),
    ("solution-handover", S, "我马上报给我们店长，由店长直接跟您联系。", set(), {"solution"}),
    ("solution-handover", S, "我把情况转给值班经理，他半小时内打给您", set(), {"solution"}),
    ("solution-handover", S, "拖车费我先报给我们服务经理，今天下班前给您回电话", {"solution"}, set()),
    ("solution-handover", S, "我跟主管确认后，明天之前给您答复。", {"solution"}, set()),
    ("solution-earliest", S, "今天下午拖车那边排满了，师傅全出去了，所以最快也只能明天", {"excuse"}, {"solution"}),
    ("solution-earliest", S, "最早也要下礼拜才有货", set(), {"solution"}),
    ("solution-earliest", S, "最快明天，我今天就帮您安排师傅", {"solution"}, set()),
    ("solution-bare-reply", S, "好，我哋一定會覆你。多謝你畀機會我哋跟進。", {"thanks"}, {"solution"}),
    ("solution-bare-reply", S, "好的，我们一定会回复您，谢谢您", {"thanks"}, {"solution"}),
    ("solution-bare-reply", S, "我们查清楚，明天中午前一定回复您", {"solution"}, set()),
    ("solution-bare-reply", S, "我们明天中午前一定会回复您", {"solution"}, set()),
    ("solution-lookup-first", S, "对对，您讲得对。我先把退款搞清楚，麻烦报一下手机号后四位。", set(), {"solution"}),
    ("solution-lookup-first", S, "我先把订单弄清楚，请您告诉我一下订单号", set(), {"solution"}),
    ("solution-lookup-first", S, "我先帮您把退款提交了，三个工作日到账", {"solution"}, set()),
    ("solution-renote", S, "我幫你重新記低：十月廿八號報漏水，到今日都未跟進，係咪咁？", {"confirm"}, {"solution"}),
    ("solution-renote", S, "我帮您重新记一下：七号下单，到现在没发货，对吗？", {"confirm"}, {"solution"}),
    ("solution-renote", S, "我帮您重新下单，今天就发出", {"solution"}, set()),
    ("argue-rhetorical", S, "我们店的电池都是厂家直接发过来的，哪里会有翻新的嘛。", {"argue"}, set()),
    ("argue-rhetorical", S, "哪有卖假货的啦，我们都是正品", {"argue"}, set()),
    ("argue-rhetorical", S, "哪里有卖这个的嘛？", set(), {"argue"}),
    ("argue-rhetorical", S, "怎么会有这种事呢，真是抱歉", {"apology"}, {"argue"}),
    ("argue-silence", S, "您过了点没到，也没打个电话说一声，那房间肯定就放出去了呀", {"argue"}, set()),
    ("argue-silence", S, "你又冇通知我哋，梗係當你唔嚟啦", {"argue"}, set()),
    ("argue-silence", S, "您要是没打电话说一声也没关系，我帮您重新留一间", {"solution"}, {"argue"}),
    ("dismissive-ordinary", S, "海鲜上秤差个一二两，在我们这行挺平常的", {"dismissive"}, set()),
    ("dismissive-ordinary", S, "快递晚一两天其实蛮平常的", {"dismissive"}, set()),
    ("dismissive-ordinary", S, "您生气也是很平常的", set(), {"dismissive"}),
    ("dismissive-vs-argue", S, "页面卡住您也不该再点的呀，您稍微等等就好了嘛", set(), {"dismissive"}),
    ("confirm-also-noted", S, "好，墙壁发霉我也记下来了。", {"confirm"}, set()),
    ("confirm-also-noted", S, "押金那件事我们也记下了", {"confirm"}, set()),
    ("confirm-also-noted", S, "您刚才说的情况我也记下来了", set(), {"confirm"}),
    # round 31: customer lines
    # round 31, model look-alikes after the retrain: a third party's "should at least have" and a bare guess
    ("request-third-party-should", C, "司机起码也得敲个门才是", set(), {"request"}),
    ("request-third-party-should", C, "那个师傅至少应该先问我一声才对吧", set(), {"request"}),
    ("fact-guess", C, "会不会是水质的问题啊？", set(), {"fact"}),
    ("fact-guess", C, "是不是会不会有点受潮", set(), {"fact"}),
    ("fact-guess", C, "孩子喝完第二天就起疹子了", {"fact"}, set()),
    ("request-next-time", C, "算了，以后送货前要先打个电话", {"request"}, set()),
    ("request-next-time", C, "下回记得核对清楚再发", {"request"}, set()),
    ("request-next-time", C, "还有你们今后改时间必须提前通知", {"request"}, set()),
    ("request-next-time", C, "以后我都得自己跑一趟", set(), {"request"}),
    ("request-promise", C, "说好的价钱就要算数", {"request"}, set()),
    ("request-promise", C, "你们前台承诺过的事情必须兑现", {"request"}, set()),
    ("request-promise", C, "明天无论如何得送到", {"request"}, set()),
    ("request-promise", C, "今天我就是要去医院", set(), {"request"}),
    ("request-all-back", C, "行，全额退，这单我不要了", {"request"}, set()),
    ("request-all-back", C, "全额退？你说了算吗？", set(), {"request"}),
    ("request-what-about", C, "那运费呢", {"request"}, set()),
    ("request-what-about", C, "那碎掉的两个碗呢", {"request"}, set()),
    ("request-what-about", C, "以后又坏了我找谁？", {"request"}, set()),
    ("request-what-about", C, "那第二天呢？", set(), {"request"}),
    ("request-what-about", C, "那如果修不好呢？", set(), {"request"}),
    ("request-remember", C, "记住要先打电话再来", {"request"}, set()),
    ("threat-remember", C, "记住带齐单据", set(), {"threat"}),
    ("threat-remember", C, "记住你刚才答应的", set(), {"threat"}),
    ("threat-remember", C, "你给我记住了", {"threat"}, set()),
    ("ud-extras", C, "另外再免费给我升两晚行政套房", {"unreasonable_demand"}, set()),
    ("ud-extras", C, "退钱之外还要送我一年会员", {"unreasonable_demand"}, set()),
    ("ud-extras", C, "那两晚的房费要退给我", set(), {"unreasonable_demand"}),
    ("fact-resolve", C, "你们先把押金还了", set(), {"fact"}),
    ("fact-resolve", C, "我先把钱付了，结果东西没到", {"fact"}, set()),
    ("fact-retort", C, "我又没叫你解释原因，我要退钱", set(), {"fact"}),
    ("fact-retort", C, "师傅没来", {"fact"}, set()),
    ("fact-object", C, "我要你们派人查一下哪里漏水", set(), {"fact"}),
    ("fact-object", C, "厨房天花板一直在漏水", {"fact"}, set()),
    ("fact-promise", C, "经理答应过的东西就得兑现", set(), {"fact"}),
    ("fact-held-word", C, "记住你刚才讲过", set(), {"fact", "threat"}),
    ("fact-look-alike", C, "明天之前来得及送到吗", set(), {"fact"}),
    ("fact-look-alike", C, "朝阳路，幸福里三号楼", set(), {"fact"}),
    ("fact-look-alike", C, "我要周三之前收到补的", set(), {"fact"}),
    ("fact-look-alike", C, "我的条件就一个，今天退款", set(), {"fact"}),
    ("fact-look-alike", C, "五分钟，我盯着时间", set(), {"fact"}),
    ("request-look-alike", C, "好，那再见啦", set(), {"request"}),
]


@pytest.mark.parametrize(("topic", "speaker", "text", "present", "absent"), CASES)
def test_zh_case(
    engine: PlaybookEngine,
    rules_engine: PlaybookEngine,
    topic: str,
    speaker: Speaker,
    text: str,
    present: set[str],
    absent: set[str],
) -> None:
    labels = set(engine.start_call("zh").on_utterance(0, speaker, text).labels)
    assert present <= labels, f"{topic}: {text!r} → {sorted(labels)}, missing {sorted(present - labels)}"
    assert not (absent & labels), f"{topic}: {text!r} → {sorted(labels)}, unexpected {sorted(absent & labels)}"
    by_rules = set(rules_engine.start_call("zh").on_utterance(0, speaker, text).labels)
    assert present <= by_rules, f"{topic}: {text!r}: the rules alone give {sorted(by_rules)}"


# (topic, speaker, text, labels the rule layer alone must not give): rule look-alikes whose other reading the learned
# layer as shipped may still add until it is retrained on the rules' output
RULE_ABSENT: list[tuple[str, Speaker, str, set[str]]] = [
    ("fact-conditional", C, "你们赶紧派人送过来，不然孩子就没奶粉喝了", {"fact"}),
    ("fact-retort", C, "等了一个月叫很快？", {"fact"}),
    ("fact-retort", C, "只退了一半叫全额退款？", {"fact"}),
    # round 13: Cantonese 唔知情 (unaware of the event) is no refusal to know
    ("dont_know-unaware", S, "呢件事我哋前台都唔知情", {"dont_know"}),
    # round 16, fact: a problem word inside the demand is its object (the learned layer as shipped still reads fact
    # here)
    ("fact-demand-object", C, "漏水泡坏的地板你们得赔", {"fact"}),
    # round 16, blame: a colleague who took it and the system that lost it (the learned layer as shipped reads argue
    # here)
    ("blame-system", S, "您的预约是前台同事登记的，可能系统当时出了问题没保存下来", {"argue", "blame"}),
    # round 17, fact: "how come nobody asked me" is a question (the learned layer as shipped still reads fact here)
    ("fact-why-not", C, "换零件之前怎么没人问过我", {"fact"}),
    # round 25, solution: asking when it suits before sending anyone commits to nothing yet
    ("solution-when", S, "您看几点方便，我们安排师傅过去", {"solution"}),
    # round 26, confirm: the file read out and turned against the customer with a but is no read-back (the learned layer
    # as shipped still reads confirm here)
    ("confirm-file-but", S, "我查了记录：您是上周二下的单，但是超过七天就不能退了", {"confirm"}),
    # round 26 (the learned layer as shipped still reads these as fact or request): a missed call "by then" is a plan,
    # 差点意思 is "not quite", and a doctor's "don't take it again" reported is no request
    ("fact-by-then", C, "三天后到时候还没人来我就再打过来", {"fact"}),
    ("fact-near-miss", C, "这个颜色跟图片上比差点意思", {"fact"}),
    ("request-not-again", C, "医生说不要再吃那个药了", {"request"}),
    # round 27 (the learned layer as shipped still reads these as blame, argue or empathy): the other side's slip only
    # asked about, our own warehouse's slip owned, the record granting the customer, "good question" before the staff's
    # own slip
    ("blame-party", S, "是不是物流那边漏发了？我帮您查一下", {"blame"}),
    ("blame-party", S, "是我们仓库那边漏发了", {"blame"}),
    ("confirm-told", S, "我查了聊天记录：我们当时没有提过包装费", {"argue"}),
    ("empathy-question", S, "您问得对，价钱我刚才报错了", {"empathy"}),
    # round 28 (the learned layer as shipped still reads fact or request here): 没有 closing a yes-no question reports
    # nothing; the customer unsure whether it is still refunded presses for nothing
    ("fact-question-meiyou", C, "嗯。仲喺保养期内冇？", {"fact"}),
    ("request-a-not-a", C, "我也不知道还退不退了", {"request"}),
    # round 29 (the learned layer as shipped still reads fact here): Shaanxi 嫑再 closing a request reports nothing
    ("fact-biao", C, "下礼拜四 嫑再放俺鸽子了", {"fact"}),
    # round 30 (the learned layer as shipped still reads argue here): the customer's own outlay, to be reimbursed
    ("argue-own-outlay", S, "那天的出租车钱是您自己垫付的，这个我们给您报销", {"argue"}),
    # round 30 (the learned layer as shipped still reads these as unreasonable_demand, fact or request): whether the
    # manager will ring tonight, an address read out, the contract the payment is to follow, a neighbour's call in the
    # story, a problem one would like to raise
    ("ud-boss-call", C, "经理今天晚上来不来电话", {"unreasonable_demand"}),
    ("fact-address", C, "地址是幸福路12号楼2单元", {"fact"}),
    ("fact-follow-paper", C, "按合同上写的赔给我", {"fact"}),
    ("request-narrated-call", C, "后来还是邻居打电话给我", {"request"}),
    ("request-raise", C, "有些情况想要跟你们反映一下", {"request"}),
]


@pytest.mark.parametrize(("topic", "speaker", "text", "absent"), RULE_ABSENT)
def test_zh_rule_absent(
    rules_engine: PlaybookEngine, topic: str, speaker: Speaker, text: str, absent: set[str]
) -> None:
    labels = set(rules_engine.start_call("zh").on_utterance(0, speaker, text).labels)
    assert not (absent & labels), f"{topic}: {text!r}: the rules alone give {sorted(labels)}"


def test_zh_evidence_is_the_triggering_words(engine: PlaybookEngine) -> None:
    analysis = engine.start_call("zh").on_utterance(0, S, "这是平台的规定，我们也改不了")
    evidence = {f.label: f.evidence for f in analysis.findings}
    assert evidence.get("excuse") and evidence["excuse"] in "这是平台的规定,我们也改不了"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("真的很報歉 給您添麻煩了", "真的很抱歉,给您添麻烦了"),  # tw2sp first, then the homophone; a pause is a comma
        ("嗯 那个 行礼 还没到", "行李,还没到"),  # fillers go with their pause
        ("唔，我知道了", "我知道了"),  # 唔 alone is a filler …
        ("唔好意思", "不好意思"),  # … glued to a word it is the Cantonese negation, read as Mandarin
        ("呢啲維修其實係業主嘅責任", "这些维修其实是业主的责任"),  # Cantonese function words → Mandarin
        ("我哋已經聯繫咗佢", "我们已经联系了他"),  # 联系 keeps its 系; only Cantonese 係 after 是-words becomes 是
        ("唔該晒", "多谢"),  # 唔該 is thanks / please, not 不该
        ("我要退款", "我要退款"),
    ],
)
def test_zh_normalise(raw: str, expected: str) -> None:
    assert normalise(raw, "zh") == expected
