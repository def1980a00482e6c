"""English labelling on sentences that are in no corpus file: phrase families, look-alikes and ASR forms.

Each row: speaker, text, the labels the rule layer must give (exactly), and the look-alike labels that a
plain keyword list would wrongly give. The rules-only engine must give exactly the expected labels; the
product engine (rules + learned layer) must give them too and none of the look-alike labels.
"""

from __future__ import annotations

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.model import Speaker

S, C = Speaker.STAFF, Speaker.CUSTOMER

CASES: list[tuple[Speaker, str, set[str], set[str]]] = [
    # apology, and the sorry that is only a cushion before a question or a hold
    (S, "Oh I'm ever so sorry about the mix-up with your order", {"apology"}, set()),
    (S, "im really sorry for the wait", {"apology"}, set()),  # ASR: no apostrophe
    (S, "um so sorry about that madam", {"apology"}, set()),  # ASR: filler
    (S, "We apologise for any inconvenience this has caused", {"apology"}, set()),
    (S, "I can't tell you how sorry I am", {"apology"}, {"dont_know"}),
    (S, "sorry sir could you spell the surname for me", set(), {"apology"}),
    (S, "Sorry, what was the postcode again?", set(), {"apology"}),
    (S, "sorry you're breaking up a bit", set(), {"apology"}),
    (S, "Sorry to interrupt, can I just take your date of birth", set(), {"apology"}),
    (S, "I'm sorry, I'm just going to put you on a short hold", set(), {"apology"}),
    (S, "Sorry, just to interrupt you there, is it the flat or the house?", set(), {"apology"}),
    (S, "thanks for your understanding and sorry again", {"thanks", "apology"}, set()),
    # the non-apology is dismissive
    (S, "I'm sorry you see it like that", {"dismissive"}, {"apology"}),
    (S, "Sorry if you feel we let you down", {"dismissive"}, {"apology"}),
    # "I'm sorry, but <excuse or blame>" carries only the caution
    (S, "I'm really sorry, but we've been short-staffed all week", {"excuse"}, {"apology"}),
    # empathy, and "I understand, but" that argues or excuses
    (S, "That sounds absolutely exhausting", {"empathy"}, set()),
    (S, "Honestly I'd be livid too in your position", {"empathy"}, set()),
    (S, "that's a really worrying letter to get", {"empathy"}, set()),
    (S, "you must have been so worried when the alarm went off", {"empathy"}, {"argue"}),
    (S, "i completely get where youre coming from", {"empathy"}, set()),
    (S, "I understand your frustration, but you should have read the terms", {"argue"}, {"empathy"}),
    (S, "i understand but thats just our policy", {"excuse"}, {"empathy"}),
    (S, "I understand, but I'll get an engineer out to you today", {"empathy", "solution"}, {"excuse"}),
    (S, "It's hard to say when the part will arrive", set(), {"empathy"}),
    # read-backs; a check-and-call-back is a solution
    (S, "just so im clear you were charged twice on the same day", {"confirm"}, set()),
    (S, "so if ive got this right the engineer never turned up", {"confirm"}, set()),
    (S, "okay sir so you booked the twin room and got a double is it correct", {"confirm"}, set()),
    (S, "I'll confirm with the warehouse and ring you back this afternoon", {"solution"}, {"confirm"}),
    (S, "Let me check that for you", set(), {"confirm", "solution"}),
    (S, "Can I just confirm your date of birth please", set(), {"confirm"}),  # identity check, no read-back
    # solutions; holding and transferring are not
    (S, "ill book an engineer for friday morning", {"solution"}, set()),  # ASR: ill = I'll before a verb
    (S, "What I can do is credit your account with the delivery charge", {"solution"}, set()),
    (S, "Someone from our claims team will call you within two working days", {"solution"}, set()),
    (S, "We'll look into why it happened so it doesn't happen again", {"solution"}, {"overpromise"}),
    (S, "I'm going to transfer you to my supervisor now, please hold", set(), {"solution"}),
    (S, "I'll put you on hold for a moment", set(), {"solution"}),
    (S, "let me pop you on hold a sec while I check with the warehouse", set(), {"solution"}),
    (S, "hold on, I'll put you on hold and then I'll refund the delivery charge today", {"solution"}, set()),
    # closing thanks; the opening greeting and "thank you for holding" are not
    (S, "Thanks so much for your patience, have a lovely evening", {"thanks"}, set()),
    (S, "thank you for calling city water this is dev how can i help", set(), {"thanks"}),
    (S, "Thank you for holding, I've found your booking", set(), {"thanks"}),
    # cautions
    (S, "well it's the holiday season so everything is running late", {"excuse"}, set()),
    (S, "Half the team was off sick last week", {"excuse"}, set()),
    (S, "Our store is open every day but Sunday", set(), {"excuse"}),
    (S, "you'll have to contact the manufacturer about that", {"blame"}, set()),
    (S, "the night shift are the ones who lost your file", {"blame"}, set()),
    (S, "We messed up there and I'm sorry", {"apology"}, {"blame"}),
    (S, "parcels go missing all the time to be honest", {"dismissive"}, set()),
    (S, "these kinds of delays do happen", {"dismissive"}, set()),
    (S, "Don't worry, it happens to everyone", {"dismissive"}, set()),
    (S, "You must have entered the wrong card number", {"argue"}, set()),
    (S, "We never promised a same-day repair", {"argue"}, {"overpromise"}),
    # overpromise: a guarantee, but not a promise to call back
    (S, "I guarantee you'll have a brand new unit by the weekend", {"overpromise"}, {"solution"}),
    (S, "I can guarantee this won't ever happen again", {"overpromise"}, {"solution"}),
    (S, "You have my word, it'll be fixed tomorrow", {"overpromise"}, set()),
    (S, "I promise I'll call you back before five", {"solution"}, {"overpromise"}),
    # dont_know, and the question that only starts like it
    (S, "i honestly couldnt tell you", {"dont_know"}, set()),
    (S, "your guess is as good as mine", {"dont_know"}, set()),
    (S, "I don't know if you got our letter last week", set(), {"dont_know"}),
    # customer: facts, requests, and the sarcastic "thanks a lot"
    (C, "The engineer turned up three hours late and left mud all over the carpet", {"fact"}, set()),
    (C, "my boiler has been broken since last thursday", {"fact"}, set()),
    (C, "she's ninety one and lives on her own", {"fact"}, set()),
    (C, "I was overcharged by forty pounds and I want it back", {"fact", "request"}, set()),
    (C, "I want a meeting with the manager and I want to know why nobody rang", {"request"}, {"fact"}),
    (C, "oh brilliant thanks a lot really helpful", set(), {"fact", "request"}),
    (C, "yeah it did", set(), {"fact"}),
    (C, "look just send me a new one", {"request"}, set()),
    (C, "kindly arrange the refund at the earliest", {"request"}, set()),
    (C, "can you believe this", set(), {"request"}),
    # customer: abuse at a person, not swearing at the situation
    (C, "You're a useless bunch of cowboys", {"abuse"}, set()),
    (C, "are you thick or something", {"abuse"}, set()),
    (C, "This bloody app is a nightmare", set(), {"abuse"}),
    (C, "The whole service is a joke", set(), {"abuse"}),
    # customer: conditional threats, and lawful complaints that are none
    (C, "Fix it or I'll put your name all over facebook", {"threat"}, {"request"}),
    (C, "If this isn't sorted by Monday I'm taking legal action", {"threat"}, set()),
    (C, "i know where you live", {"threat"}, set()),
    (C, "ill be waiting for you in the car park when you clock off", {"threat"}, set()),
    (C, "If I don't hear back by Friday I'm going to the ombudsman", set(), {"threat"}),
    (C, "I'll be reporting this to trading standards", set(), {"threat"}),
    (C, "I'm not going to post anything, I just want my money back", {"request"}, {"threat"}),
    (C, "I saw your advert all over facebook", {"fact"}, {"threat"}),
    # customer: demands out of proportion (they take the request's place)
    (C, "I want your boss at my house tonight to apologise in person", {"unreasonable_demand"}, {"request"}),
    (C, "give me your personal mobile number", {"unreasonable_demand"}, {"request"}),
    (C, "I want that woman sacked", {"unreasonable_demand"}, {"request"}),
    (C, "I want to speak to your CEO right now", {"unreasonable_demand"}, {"request"}),
    (C, "I want ten grand on top for the stress", {"unreasonable_demand"}, {"fact"}),
    (C, "I need the engineer at my house today", {"request"}, {"unreasonable_demand"}),
    (C, "I'll write to the chief executive today", set(), {"unreasonable_demand", "threat"}),
    # a bare sorry right before a caution is a cushion: the caution speaks for the line
    (S, "Sorry, I've got no idea where the engineer is", {"dont_know"}, {"apology"}),
    (S, "sorry to hear that but the guarantee lapsed in march", {"excuse"}, {"apology"}),
    (S, "Sorry to hear that, but I'll book a technician for tomorrow morning", {"apology", "solution"}, set()),
    (S, "Sorry, we've been completely snowed under since the storm", {"excuse"}, {"apology"}),
    (S, "I'm sorry, I should have rung you back on Monday", {"apology"}, set()),
    # excuse: busy in other words, and a workload per day offered as the reason
    (S, "we're run off our feet with the January sales", {"excuse"}, set()),
    (S, "Each nurse has about thirty residents a shift", {"excuse"}, set()),
    (S, "I'll have it with you within a day", {"solution"}, {"excuse"}),
    # blame: someone else "is the one who …", "…, not us", "that's not on us"
    (S, "the subcontractor's the one who botched it up", {"blame"}, set()),
    (S, "It was the supplier who shipped the wrong part, not us.", {"blame"}, set()),
    (S, "we got it wrong, not you", set(), {"blame"}),
    (S, "That's on the removals firm, not on us", {"blame"}, set()),
    # confirm: "just so I've got this straight", a read-back closed by a bare tag
    (S, "Just so I've got this straight, the bin wasn't collected on Tuesday or Thursday?", {"confirm"}, set()),
    (S, "so the lift has been broken since the tenth and nobody has come out, yeah?", {"confirm"}, set()),
    # argue: on the customer's watch, or their overuse inferred
    (S, "The bike was checked out as undamaged so it can only have happened while you had it", {"argue"}, set()),
    (S, "so you'll have used more than your allowance", {"argue"}, set()),
    (
        S,
        "The boiler was signed off as fully working when our plumber left, so it must have happened after that",
        {"argue"},
        set(),
    ),
    (S, "did anything happen to it while you had it?", set(), {"argue"}),
    (S, "If that were me I'd have missed the connection too", {"empathy"}, {"argue"}),
    # overpromise: "guaranteed", no approval needed, extras thrown in
    (S, "New handset by Friday, guaranteed.", {"overpromise"}, {"solution"}),
    (S, "I don't need anyone's sign-off, I'll just waive the fee now", {"overpromise"}, {"solution"}),
    (S, "I'll chuck in a free service next year as well", {"overpromise"}, {"solution"}),
    (S, "Next-day delivery isn't guaranteed in rural areas", set(), {"overpromise"}),
    # handing over is no solution, however it is said
    (S, "I'm going to bring my duty manager onto the call, he'll take it from here", set(), {"solution"}),
    # empathy: their situation named with a feeling word, tied to them
    (S, "A leaking roof in the middle of winter is awful, especially with a newborn", {"empathy"}, set()),
    (S, "The traffic is awful today", set(), {"empathy"}),
    (S, "You've every right to feel let down", {"empathy"}, set()),
    # requests phrased as what would help; a counterfactual is none
    (C, "It would be a big help if somebody could phone before they turn up", {"request"}, set()),
    (C, "if you could just send me the receipt that'd be great", {"request"}, set()),
    (C, "If you could have warned me I wouldn't have made the trip", set(), {"request"}),
    # facts: the reason after a request; questions at the agent tell nothing that happened
    (C, "I need it back by Monday because my son's exam is on Tuesday", {"request", "fact"}, set()),
    (C, "Do you even read your emails?", set(), {"fact"}),
    # more families heard in US, UK, Australian and Indian English
    (S, "The fault is on the manufacturer's side, not ours", {"blame"}, set()),
    (S, "thats an accounts thing mate", {"blame"}, set()),
    (S, "It'll be fixed by tonight, a hundred percent", {"overpromise"}, {"solution"}),
    (S, "Rest assured it will be sorted by the weekend", {"overpromise"}, set()),
    (S, "eh happens to the best of us", {"dismissive"}, set()),
    (S, "there was nobody on the desk over the bank holiday so it wasn't picked up", {"excuse"}, set()),
    (S, "we don't have anyone free today, but I'll book you in first thing tomorrow", {"solution"}, {"excuse"}),
    (
        S,
        "I can squeeze you in on Thursday morning and I'll call you when the engineer is on his way",
        {"solution"},
        {"overpromise"},
    ),
    (S, "I'll book you in for Monday, I guarantee it'll be fixed", {"overpromise"}, {"solution"}),
    (S, "honestly it's not rocket science, all you had to do was plug it in", {"argue"}, set()),
    (C, "fix it by friday or i'll come down there with my brothers", {"threat"}, {"request"}),
    # round 5 families (Indian, Australian, UK and Singapore English; ASR "its" for it's)
    # excuse: the system did it, the weather and the roads, the rule's author, busy said without a verb
    (S, "its a computer thing im afraid, it flags these on its own", {"excuse"}, set()),
    (S, "the booking software assigns the tables automatically so we can't move you", {"excuse"}, set()),
    (S, "what with the snow up north the vans have been running late", {"excuse"}, set()),
    (S, "our driver got held up in traffic on the ring road", {"excuse"}, set()),
    (S, "it's all written in the terms of booking", {"excuse"}, set()),
    (S, "Corporate set those prices years ago", {"excuse"}, set()),
    (S, "sorry, bit short-handed on the desk today", {"excuse"}, {"apology"}),
    (S, "I'm sorry you had to deal with the weather on top of all this", {"apology"}, {"excuse"}),
    (S, "Head office has approved a refund for you", set(), {"excuse"}),
    (S, "we've had a huge number of calls since the outage", {"excuse"}, set()),
    (S, "three hundred pounds is a large amount to lose, I completely see that", set(), {"excuse"}),
    (S, "is it very busy there on weekends", set(), {"excuse"}),
    (S, "I know you're super busy, so I'll keep this short", set(), {"excuse"}),
    # blame: another party decides or handles it, it has left our hands, a separate firm, a predecessor's duty
    (S, "the ticket prices are set by the promoter, not by us here at the box office", {"blame"}, set()),
    (S, "we don't decide refunds, the airline does", {"blame"}, set()),
    (S, "your moving company looks after that part of it", {"blame"}, set()),
    (S, "once the parcel's been dispatched it's up to them really", {"blame"}, set()),
    (S, "it's sort of on the removals firm at that point", {"blame"}, set()),
    (S, "the letting agents are an independent firm", {"blame"}, set()),
    (S, "the night receptionist should've passed your message on", {"blame"}, set()),
    (S, "the lady you talked to on friday shouldn't have promised that", {"blame"}, set()),
    (S, "the repair will be done by our own team, not a subcontractor", set(), {"blame"}),
    (S, "the other branch should have one in stock", set(), {"blame"}),
    # argue: the paperwork they got, the document "clearly says", told already, should have read it, missed it
    (S, "You would have got the welcome pack when you joined", {"argue"}, set()),
    (S, "The confirmation page explicitly states no refunds after seven days", {"argue"}, set()),
    (S, "it's not like you were never warned about the fee", {"argue"}, set()),
    (S, "we definitely wrote to you about this in january", {"argue"}, set()),
    (S, "before you sign up you're supposed to check the box", {"argue"}, set()),
    (S, "you might have missed the engineer", {"argue"}, set()),
    (S, "you may have missed our text, so I'll send it again now", {"solution"}, {"argue"}),
    (S, "the letter clearly states the fee was waived, so I'll take it off", set(), {"argue"}),
    # dismissive: not as bad as it sounds, one of thousands, most people don't mind, "it is … standard"
    (S, "it's honestly not as serious as it sounds", {"dismissive"}, set()),
    (S, "these reminders go out to thousands of households every month", {"dismissive"}, set()),
    (S, "most of our diners don't even notice the music", {"dismissive"}, set()),
    (S, "it is fairly standard, sir", {"dismissive"}, set()),
    (S, "most customers choose the monthly plan", set(), {"dismissive"}),
    # dont_know with "also"; overpromise: the outcome made sure of on one's own
    (S, "that one i also dont know, sorry", {"dont_know"}, {"apology"}),
    (S, "leave it with me, I'll make sure you get every penny back this week", {"overpromise"}, {"solution"}),
    (S, "Can, confirm plus chop, you'll get it tomorrow", {"overpromise"}, {"solution"}),
    (S, "I'll make sure you get a call from the manager today", {"solution"}, {"overpromise"}),
    # the opening greeting after any hello is no thanks; making sure to look properly is no read-back
    (S, "Hi there, thanks for calling Greenway Energy, Priya speaking", set(), {"thanks"}),
    (S, "Morning, thank you for ringing the surgery", set(), {"thanks"}),
    (S, "I just want to make sure I look at the right account", set(), {"confirm"}),
    (
        S,
        "Okay, so I've got this straight: two boxes, both damaged, and you'd like a replacement. That right?",
        {"confirm"},
        set(),
    ),
    # owning it, a heartfelt thanks and a question about a letter are no cautions, whatever the model thinks
    (S, "honestly we made a mistake there, not the courier", set(), {"blame"}),
    (S, "the fitting is done by our own engineers", set(), {"blame"}),
    (S, "I can't tell you how grateful we are for your patience", set(), {"dont_know"}),
    (S, "i dont know if youve had a chance to read the email we sent", set(), {"dont_know"}),
    (S, "it's completely understandable that you feel let down", {"empathy"}, {"dismissive"}),
    # round 7 families (US, UK, Australian and Nigerian English)
    # excuse: a packed schedule or the busy season, a new colleague; a rule that explains the remedy is none
    (S, "the engineer had a really packed schedule on monday so he couldnt get to you", {"excuse"}, set()),
    (S, "the callouts get backed up at the depot around christmas", {"excuse"}, set()),
    (S, "it's that time of year, everyone's boilers are packing up", {"excuse"}, set()),
    (S, "She's quite new, she only joined us last month", {"excuse"}, set()),
    (S, "the technician is a trainee so he might have missed it", {"excuse"}, set()),
    (S, "I know your diary must be packed, so I'll keep it brief", set(), {"excuse"}),
    (S, "he's new, but that's no excuse, and I'm sorry", {"apology"}, {"excuse"}),
    (S, "the part is brand new and fully tested", set(), {"excuse"}),
    (S, "Our policy is to refund to the original card, so I'm sending it back to you today", {"solution"}, {"excuse"}),
    # blame: a piece of the job "on" another party, their side or end, we only pass it along
    (S, "honestly the billing part is really on the energy supplier", {"blame"}, set()),
    (S, "the hold up is on the airline's end", {"blame"}, set()),
    (S, "we only forward the orders on to the restaurant", {"blame"}, set()),
    (S, "the paperwork is all on the letting agency, they're a separate outfit", {"blame"}, set()),
    (S, "let me chase it on the courier's end for you", {"solution"}, {"blame"}),
    (S, "your refund is on the way", set(), {"blame"}),
    # argue: the customer's account doubted, the screen "clearly shows", wear and age blamed
    (S, "Are you certain the meter reading was from this month?", {"argue"}, set()),
    (S, "on our end it clearly shows two attempts at delivery", {"argue"}, set()),
    (S, "the hinges wear out over time with heavy use", {"argue"}, set()),
    (S, "I'd say it's most likely just wear and tear on the seal", {"argue"}, set()),
    (S, "Are you sure you'd still like to cancel the order?", set(), {"argue"}),
    (S, "the records clearly show the payment was made, so I'll refund the fee now", {"solution"}, {"argue"}),
    (S, "it's not wear and tear, that's our fault", set(), {"argue"}),
    # dismissive: "only the one", "literally one"; what is left of the call is no brush-off
    (S, "to be fair it was only a couple of minutes late", {"dismissive"}, set()),
    (S, "it's literally one scratch on the back panel", {"dismissive"}, set()),
    (S, "it's just one more question and then we're done", set(), {"dismissive"}),
    # overpromise: an outcome vouched for ("don't you worry"); making sure of a call back is a solution
    (S, "we'll sort a full replacement at no charge, don't you worry", {"overpromise"}, {"solution"}),
    (S, "I'll make sure of it, you'll get a call back by five", {"solution"}, {"overpromise"}),
    # the cushion sorry before "please could you"; dont_know with "if" and "ya"
    (S, "sorry madam please could you confirm the postcode", set(), {"apology"}),
    (S, "i couldnt tell you if the warranty covers that", {"dont_know"}, set()),
    (S, "honestly couldnt tell ya when it'll be back in stock", {"dont_know"}, set()),
    # solution: an action under way, our own people's next step; a read-back of the wish is no offer
    (S, "I'm arranging a courier to collect it tomorrow", {"solution"}, set()),
    (S, "our engineer will ring you before he sets off", {"solution"}, set()),
    (S, "I'm checking the account now", set(), {"solution"}),
    (
        S,
        "So to recap, the boiler is still leaking and you'd like someone out before the weekend, is that correct?",
        {"confirm"},
        {"solution"},
    ),
    # customer: "what are you doing about it", veiled threats, retorts and read-out numbers that are no fact
    (C, "so what exactly are you doing about the leak", {"request"}, set()),
    (C, "I know exactly what time you finish and which door you use", {"threat"}, {"fact"}),
    (C, "it'd be a shame if something happened to your van", {"threat"}, set()),
    (C, "I know how you feel", set(), {"threat"}),
    (C, "well that's not my fault is it", set(), {"fact"}),
    (C, "so how am I meant to get to work", set(), {"fact"}),
    (C, "zero seven seven double four five six", set(), {"fact"}),
    (C, "my meter has been broken since friday", {"fact"}, set()),
    # round 8 families (South African, Irish and Nigerian English)
    # "I know what you're going through" is no veiled threat
    (C, "look I know what you're going through on your end, I just need this fixed", {"request"}, {"threat"}),
    # dismissive: the cause guessed small, the problem as common, it rights itself; a remedy or a feeling is none
    (
        S,
        "it's probably just a little condensation, most of it comes right once the room warms up",
        {"dismissive"},
        set(),
    ),
    (S, "more than likely it's only a tiny crack in the seal", {"dismissive"}, set()),
    (S, "older boilers do that in most of the houses on this estate", {"dismissive"}, set()),
    (S, "a three day hold on a new payee is not at all unusual", {"dismissive"}, set()),
    (S, "the parcels almost always turn up in the end", {"dismissive"}, set()),
    (S, "it's probably just a small part, so I'll send an engineer out today", {"solution"}, {"dismissive"}),
    (S, "is it just a small mark or a bigger crack?", set(), {"dismissive"}),
    (S, "it's not unusual to feel anxious after a leak like that", set(), {"dismissive"}),
    # excuse: the weather's force, the thing overwhelmed by it, "that's just how it's set up"
    (S, "the hailstorm last week was unreal, the drains couldn't cope with that much water", {"excuse"}, set()),
    (S, "the old wiring wasn't built to take that much load", {"excuse"}, set()),
    (S, "that's just the way it's been set up on our end", {"excuse"}, set()),
    (S, "the storm was something else, so I'll send a roofer out this afternoon", {"solution"}, {"excuse"}),
    # blame: whose upkeep it is, who owns it, an outside worker; owning it is none
    (
        S,
        "the lift is the landlord's, the repairs are their responsibility, we just manage the flats",
        {"blame"},
        {"excuse"},
    ),
    (S, "the car park belongs to the council", {"blame"}, set()),
    (S, "that'll have been the agency driver, she isn't one of our staff", {"blame"}, set()),
    (S, "that part is more on their side really", {"blame"}, set()),
    (S, "he's one of our own engineers and I'll send him back tomorrow", {"solution"}, {"blame"}),
    (S, "it's not their responsibility, it's ours", set(), {"blame"}),
    # argue: the service cleared before looking, the hedged "was it maybe already …?"; a plain check is none
    (S, "I'd be slow to put that down to the installation, it was all working when the fitter left", {"argue"}, set()),
    (S, "was the phone maybe cracked already before you sent it in?", {"argue"}, set()),
    (S, "was it already damaged when it arrived?", set(), {"argue"}),
    # overpromise: the whole of it taken on, vouched for on the spot; after checking with a manager it is a solution
    (S, "I can promise you right now we'll refund the whole lot", {"overpromise"}, {"solution"}),
    (S, "we'll pay for the entire repair, no question", {"overpromise"}, {"solution"}),
    (S, "I'll check with my manager whether we can cover the full cost", {"solution"}, {"overpromise"}),
    # customer: the claim thrown away for a far bigger one
    (C, "forget the refund, I want fifty grand for this", {"unreasonable_demand"}, {"request"}),
    (C, "forget it, I'll just pay for the repair myself", set(), {"unreasonable_demand"}),
    # thanks that only acknowledges before moving on; handing over to a manager who will ring back is no solution
    (S, "thanks, okay so the refund went out on the third", set(), {"thanks"}),
    (S, "thank you, right, so that's everything, have a lovely evening", {"thanks"}, set()),
    (S, "I'm handing this over to our duty manager now and she'll ring you back", set(), {"solution"}),
    (S, "I'll pass this to my manager and I'll call you back by four", {"solution"}, set()),
    # round 9 families (Scottish, Filipino and American Southern English): an address word (po, hon, hen) before a
    # cushion, "sorry, that's not something I can approve", a greeting with "ma'am"; the wait "on their end", the one
    # who did it gone from the company; the customer's own set-up as the cause; irregular past tenses are facts
    (S, "Sorry hon, can I get your zip code?", set(), {"apology"}),
    (S, "Sorry po, can you spell the last name for me?", set(), {"apology"}),
    (S, "Och, sorry hen, what was the postcode again?", set(), {"apology"}),
    (S, "I'm sorry, that's not something I can approve on my own.", set(), {"apology"}),
    (S, "I'm so sorry, that's on us and I'll fix it today.", {"apology", "solution"}, set()),
    (S, "Good afternoon ma'am, thank you for calling Riverside Plumbing.", set(), {"thanks"}),
    (S, "Thanks hon, so let me read that back: the heater stopped on Sunday, right?", {"confirm"}, {"thanks"}),
    (S, "Thank you so much for your patience, have a good evening.", {"thanks"}, set()),
    (S, "the delay is honestly on their end, the permit office hasn't signed it", {"blame"}, set()),
    (S, "that job was done by Kevin, and he's no longer with the company", {"blame"}, set()),
    (S, "he's not with the company anymore, so I'll take over your case myself and call you Friday", set(), {"blame"}),
    (S, "if you keep the bins right by the back door, that'll attract the rats whatever we do", {"argue"}, set()),
    (S, "if you have the receipt, that'll make the refund quicker", set(), {"argue"}),
    (C, "No, it's tile, my son built that patio himself.", {"fact"}, set()),
    (C, "My neighbour dug that ditch last spring.", {"fact"}, set()),
    # round 11 (Welsh, US, New Zealand, Malaysian, Ghanaian English): particles after a cushioning sorry
    (S, "Sorry lah, just to confirm, which outlet did you buy it from?", {"confirm"}, {"apology"}),
    (S, "sorry please can I have your receipt number", set(), {"apology"}),
    (S, "so sorry about the wait, aunty", {"apology"}, set()),
    # empathy: the feeling heard, what it means to them, a burden they should not have carried
    (S, "I can hear how gutted you are about missing the match", {"empathy"}, set()),
    (S, "I can see how much that holiday meant to you", {"empathy"}, set()),
    (S, "you shouldn't have had to ring us three times about this", {"empathy"}, {"argue"}),
    (S, "I can see how the charge was applied", set(), {"empathy"}),
    # blame: an outside firm named, a duty they had and dropped, "that one's on her"; owning it is no blame
    (S, "they're contractors, they were meant to lock the gate and never did", {"blame"}, set()),
    (S, "that one's on her, she forgot to book you in", {"blame"}, set()),
    (S, "the hemming was done by one of the junior girls", {"blame"}, set()),
    (S, "we were supposed to call you back and didn't, that's on us", {"solution"}, {"blame"}),
    # dismissive: the wait as the trade's norm; calling it abnormal and acting is not
    (S, "that kind of delay is pretty standard across the trade at the moment", {"dismissive"}, set()),
    (S, "it's not normal for it to take this long, I'll chase it today", {"solution"}, {"dismissive"}),
    (S, "that is not acceptable, a fortnight with no heating", {"empathy"}, {"dismissive"}),
    (S, "it's normal, these things happen", {"dismissive"}, set()),
    # argue: told already per the records, the customer's doing guessed at, the damage read as misuse
    (S, "your account shows you were advised to update the app before the trip", {"argue"}, set()),
    (S, "it could be that you carried on using it after the warning light came on", {"argue"}, set()),
    (
        S,
        "it looks like the screen has been dropped, those panels tend to crack if they've been knocked",
        {"argue"},
        set(),
    ),
    (S, "it may be that you were charged twice, I'll check now", set(), {"argue"}),
    # excuse: the weather and the staff kept away; a record checked with "are you sure" argues, not excuses
    (S, "the classes were cancelled because of the big storm, the tutors couldn't get in", {"excuse"}, set()),
    (S, "but the delivery log shows it was signed for at noon, are you sure nobody took it in", {"argue"}, {"excuse"}),
    # dont_know: not sure how, not my part; with a check and a call back it is a solution
    (S, "i'm not too sure when the parts come in, that side i don't deal with", {"dont_know"}, set()),
    (
        S,
        "I'm not sure what happened, let me check with the depot and call you back by four",
        {"solution"},
        {"dont_know"},
    ),
    # the matter passed up with no time is no solution; with a time it is
    (S, "i'll ask my supervisor to call you back", set(), {"solution"}),
    (S, "I'll ask my manager to ring you by three this afternoon", {"solution"}, set()),
    # customer: knowing which car is theirs and "so think on"; a question about a car is no threat
    (C, "I know which van is yours, so think on before you send that driver again.", {"threat"}, set()),
    (C, "Sorry, I know which car is yours, the blue one by the gate?", set(), {"threat"}),
    (C, "It's the Kajang branch, the four o'clock Form Three lesson.", {"fact"}, set()),
    (C, "Please I want my deposit back.", {"request"}, set()),
    (C, "Yeah please.", set(), {"request"}),
    (C, "Honestly the worst customer care I've ever come across.", set(), {"fact"}),
    (C, "I don't care whose fault it is, just fix it.", {"request"}, {"fact"}),
    # round 12 (Jamaican, Singaporean, Irish, US Midwest and South African English)
    # seeing the firm's page online threatens nothing; a plain question about the state on delivery argues nothing
    (C, "I found your page on instagram and booked through it", {"fact"}, {"threat"}),
    (S, "were they already scratched when they were delivered", set(), {"argue"}),
    # apology: "awful sorry", "real sorry"; the cushion before a read-back ("sorry now") or a refusal to disclose
    (S, "I'm awful sorry for the bother you've had with the booking", {"apology"}, set()),
    (S, "oh we're real sorry about the mess they left", {"apology"}, set()),
    (S, "sorry now, can I take your postcode", set(), {"apology"}),
    (
        S,
        "Sorry, let me just read that back to you: the parcel came open and the mug was broken, is that right?",
        {"confirm"},
        {"apology"},
    ),
    (S, "I'm sorry, I can't pass on the engineer's private number", set(), {"apology"}),
    (S, "I'm sorry, I can't believe nobody called you back", {"apology"}, set()),
    # empathy: the loss named for the customer
    (S, "Oh no, that's your whole weekend ruined", {"empathy"}, set()),
    (S, "all that planning wasted, I can only guess how gutted you are", {"empathy"}, set()),
    # closing thanks for calling about it; the opening greeting is still none
    (S, "Thanks so much for ringing us about this, I do appreciate it", {"thanks"}, set()),
    (S, "thanks for calling Greenway Plumbing, this is Maria", set(), {"thanks"}),
    # solution: a manager made to look at it, with a time; without a time it is only passed up
    (S, "I'll have the workshop manager inspect it this afternoon and ring you before six", {"solution"}, set()),
    (S, "I'll get my supervisor to look at it", set(), {"solution"}),
    # dismissive: "that's just the way these things go", "nothing serious"; making sure it is nothing serious is help
    (S, "ah that's just the way these things go with older boilers, it's nothing serious", {"dismissive"}, set()),
    (S, "I want to make sure it's nothing serious, so I'll send an engineer today", {"solution"}, {"dismissive"}),
    # argue: our people vouched for, the damage there before, another cause bet on, "any chance your son moved it"
    (S, "our movers are all fully trained, honestly, could be the box was already damaged", {"argue"}, set()),
    (S, "that paint is perfectly safe stuff, i'd bet it's more the damp in the house", {"argue"}, set()),
    (S, "we always photograph the car every time it comes in, any chance your son moved the seat", {"argue"}, set()),
    (S, "it's perfectly safe to keep using the app while I fix the account", set(), {"argue"}),
    # blame: the worker from a subcontractor with claims through them; another office, "no say over it"
    (S, "the installer was sent by a subcontractor, so any claim has to go through them", {"blame"}, {"apology"}),
    (S, "the prices are set by head office so we don't have any say over it", {"blame"}, set()),
    (S, "we have no control over the weather, I'm afraid", set(), {"blame"}),
    # customer: a worker's picture put online, shaming to everybody; saying one won't is none
    (C, "i'll put the driver's name and picture on facebook so everyone knows", {"threat"}, set()),
    (C, "I'll tell everybody on the street what kind of cowboys you send", {"threat"}, set()),
    (C, "I'm not going to put his photo online, I just want my money", {"request"}, {"threat"}),
    (C, "two grand for all the trouble or I'm not hanging up", {"unreasonable_demand"}, {"fact"}),
    # customer: Patois narration and an ordinal are facts; a bare why-question with nothing of their own is none
    (C, "mi pay fi di whole ting cash last month", {"fact"}, set()),
    (C, "this is the fourth time I've rung about it", {"fact"}, set()),
    (C, "why wasn't the road closure on the app", set(), {"fact"}),
    # round 13: "when she left us" is a time clause, not a leaver blamed; a read-back ending "…, right?" excuses nothing
    (S, "she was perfectly healthy when she left us, we check every cat before pick-up", set(), {"blame"}),
    (S, "she's since left the company, it was her booking", {"blame"}, set()),
    (
        S,
        "So the parcel was marked delivered, but we never got a signature, and you want it resent, right?",
        {"confirm"},
        {"excuse"},
    ),
    (S, "Sorry, but we were really short on drivers that day.", {"excuse"}, set()),
    # round 13: the records read as the customer's lapse ("so technically…"), the instructions followed to the letter
    (
        S,
        "Our records show the direct debit bounced in March, so technically the policy had lapsed.",
        {"argue"},
        {"excuse"},
    ),
    (S, "We followed the care instructions to the letter.", {"argue"}, set()),
    (S, "Our records show the payment failed, so I'll set up a new one for you now.", {"solution"}, {"argue"}),
    (S, "We'll follow your instructions exactly this time.", set(), {"argue"}),
    # round 13: the flaw made invisible is dismissive; as the aim of a remedy, or asked, it is not
    (S, "Honestly, no one would even notice it from a distance.", {"dismissive"}, set()),
    (S, "You can barely see the scratch.", {"dismissive"}, set()),
    (S, "We'll touch it up so nobody will notice.", set(), {"dismissive"}),
    (S, "Will anyone notice it?", set(), {"dismissive"}),
    # round 16: a plain "would people notice?" asks; going on to say no one would plays it down
    (S, "Would people notice the mark?", set(), {"dismissive"}),
    (S, "Will anyone notice it? Honestly, no one would even see it from the street.", {"dismissive"}, set()),
    # round 13: a whole balance waived or written off on the spot is an overpromise; one charge refunded is a step
    (S, "Don't worry, I'll write off the whole balance for you today.", {"overpromise"}, {"solution"}),
    (S, "I'll refund the delivery charge today.", {"solution"}, {"overpromise"}),
    # round 14 (families behind the en-d56–d60 errors, in other wording and other Englishes): helplessness
    # ("not a lot we can do", "very little I can do"), pressed for time, "she did what she could", the road dug
    # up, a shortage "with this …", rushing from one job to the next, a storm signal that day for the whole
    # estate — not the customer's, not a remedy
    (S, "Honestly there's not a lot we can do until the part comes in", {"excuse"}, set()),
    (S, "There's very little I can do about the bank's charges, I'm afraid", {"excuse"}, set()),
    (S, "There's a lot we can do to make this right, so I'll start with a refund", {"solution"}, {"excuse"}),
    (S, "The driver was real pushed for time that afternoon, bless him", {"excuse"}, set()),
    (S, "I know you were pressed for time, so I'll keep this short", set(), {"excuse"}),
    (S, "She did what she could with the parts she had on the van", {"excuse"}, set()),
    (S, "the road was all dug up outside your place so the van couldn't get in", {"excuse"}, set()),
    (S, "With this petrol shortage our drivers are queueing for hours", {"excuse"}, set()),
    (S, "Our fitters are running from one job to the next, so the odd thing can get missed", {"excuse"}, set()),
    (S, "that day got typhoon signal eight, the whole estate got no power", {"excuse"}, set()),
    (S, "If there is a typhoon signal that day, we will reschedule for free", {"solution"}, {"excuse"}),
    # round 14: "that's how batteries act in the cold, perfectly normal" plays it down (no excuse)
    (S, "That's how these batteries act in the cold, it's perfectly normal", {"dismissive"}, {"excuse"}),
    # round 14: "that one I can't say", "no visibility of …", "don't have that kind of information" (not "can't
    # say I blame you", not with a check offered)
    (S, "How long the repair takes, that one I can't say, la", {"dont_know"}, set()),
    (S, "I've got no visibility of the courier's route once it leaves us", {"dont_know"}, set()),
    (S, "I don't have that kind of information, sorry", {"dont_know"}, set()),
    (S, "I can't say when exactly, so let me check with the depot and call you back", {"solution"}, {"dont_know"}),
    (S, "Honestly, I can't say I blame you", set(), {"dont_know"}),
    # round 14: the records read against the customer, "you're exaggerating", "a bit of rain can't damage that" (argue);
    # a plain record or a question is not
    (S, "As per the system the delivery boy came at ten and nobody was home", {"argue"}, {"excuse"}),
    (S, "According to our records your parcel left the depot this morning", set(), {"argue"}),
    (S, "Was your phone switched off when the driver called?", set(), set()),
    (S, "You're exaggerating a little, the dent is under a centimetre", {"argue"}, set()),
    (S, "A bit of rain can't damage that paint, it's fully sealed", {"argue"}, set()),
    # round 14, customer: the harm going on now ("keeps logging me out", "is defrosting on the floor"), not as a
    # condition; agreeing to the time with a bare "don't forget" asks nothing new (with an object it does); "so you
    # knew …?" asks, "you knew …" tells; a fact before "don't you dare tell me" stays; "that driver of yours … he'd
    # better watch himself" threatens, "he'd better watch out for the dog" does not
    (C, "the app keeps logging me out every time I open it", {"fact"}, set()),
    (C, "all my frozen stuff is defrosting on the kitchen floor", {"fact"}, set()),
    (C, "can you check if the tank is leaking", {"request"}, {"fact"}),
    (C, "Okay, Monday at nine then, don't forget", set(), {"request"}),
    (C, "Please don't forget to post the receipt", {"request"}, set()),
    (C, "Hang on, so you knew the heating was off before we checked in?", set(), {"fact"}),
    (C, "You knew the heating was off and you still took our money.", {"fact"}, set()),
    (
        C,
        "It was our anniversary, we paid extra for the sea view. Don't you dare tell me it doesn't matter.",
        {"fact"},
        set(),
    ),
    (C, "Don't you dare tell me it doesn't matter.", set(), {"fact"}),
    (C, "I know where that driver of yours lives, so he'd better watch himself", {"threat"}, set()),
    (C, "he'd better watch out for the dog, she bites", set(), {"threat"}),
    # round 15 (look-alike families the learned layer labelled after its retraining on the sentence bank, in other
    # wording): a call back promised is a step, an outcome promised is not; one charge waived is a step, the whole
    # cost is not; what most customers pick informs; a question offering alternatives asks; the records acted on in
    # the customer's favour hold nothing against them; a tip speeds the remedy; a manager asked to look, with no
    # time, is only passed up; "plenty we can do" is no helplessness
    (S, "I promise I'll ring you back within the hour", {"solution"}, {"overpromise"}),
    (S, "I promise you'll get a full refund by Friday", {"overpromise"}, {"solution"}),
    (S, "I'll waive the late fee this month", {"solution"}, {"overpromise"}),
    (S, "We'll refund the entire cost of your stay", {"overpromise"}, set()),
    (S, "most customers go for the annual plan", set(), {"dismissive"}),
    (S, "most people don't even notice the noise after a day or two", {"dismissive"}, set()),
    (S, "is it just a small dent or is the whole panel bent?", set(), {"dismissive"}),
    (S, "it's just a small scratch, it won't affect anything", {"dismissive"}, set()),
    (S, "the tracking says it was delivered on Monday, so I'll refund you now", {"solution"}, {"argue"}),
    (S, "the system shows you were charged twice, so I'll refund only half", {"argue", "solution"}, set()),
    (S, "as per our records the engineer called twice and nobody was home", {"argue"}, set()),
    (S, "if you kept the old part, that would help speed the warranty claim up", set(), {"argue"}),
    (
        S,
        "if you can send a photo of the label, it'll help us get the claim through faster",
        set(),
        {"argue", "dismissive"},
    ),
    (S, "I'll get the store manager to check it", set(), {"solution"}),
    (S, "I'll have the duty manager look at it this afternoon and ring you by four", {"solution"}, set()),
    (S, "there's plenty we can do here, so let me start by rebooking you", set(), {"excuse"}),
    (S, "there's not a lot we can do until the insurer signs it off", {"excuse"}, set()),
    # round 15 (families behind the en-d61–d65 errors, in other wording and other Englishes): someone's private details
    # with the person named after them or after "give me", the top person told to ring now, the papers ruled out —
    # and the customer's own address, an address on an account, the owner asked to ring back
    (C, "give me his name and home address, I'll sort it myself", {"unreasonable_demand"}, {"request"}),
    (C, "I want the personal mobile number of the engineer who came out", {"unreasonable_demand"}, {"request"}),
    (C, "text me the private number for your manager, I'm done with this line", {"unreasonable_demand"}, {"request"}),
    (C, "please update the home address on my account, I've moved", {"request"}, {"unreasonable_demand"}),
    (C, "can you send me the replacement card at my home address", {"request"}, {"unreasonable_demand"}),
    (C, "get your chief executive to ring me this minute", {"unreasonable_demand"}, {"request"}),
    (C, "tell the company's chairman to phone me today, not tomorrow", {"unreasonable_demand"}, set()),
    (C, "can you ask the owner to call me back today", {"request"}, {"unreasonable_demand"}),
    (C, "I'm not gonna go running to the press over this, I just want my money back", {"request"}, {"threat"}),
    (C, "I won't be going to the papers, I only want the parcel found", {"request"}, {"threat"}),
    (C, "if this isn't sorted by Friday I'm going to the papers", {"threat"}, set()),
    # round 15, cautions: Scots "no" for "not" ("I'm no sure", "that's dispatch, no us"); not knowing the other side's
    # workings is no blame; "not my department, I wouldn't know" only does not know; the reaction called needless;
    # the unit vouched for as fine when our worker left (argue, no excuse); our own system's trouble as the reason
    (S, "I'm no sure when the van gets there, that's dispatch, no us", {"blame", "dont_know"}, set()),
    (S, "that'll be accounts, not us, they handle the credit notes", {"blame"}, set()),
    (S, "that's our mistake not yours, I'll refund it now", {"solution"}, {"blame"}),
    (S, "honestly I don't know how long it sits at the bank's end", {"dont_know"}, {"blame"}),
    (S, "the hold-up is from the courier's side, not ours", {"blame"}, set()),
    (S, "honestly that's not my department, I wouldn't know how the refunds get worked out", {"dont_know"}, {"blame"}),
    (S, "that's not my department, you'll need to ring billing", {"blame"}, set()),
    (S, "madam you're getting all worked up over nothing, the parcel is on its way", {"dismissive"}, set()),
    (S, "don't take tension sir, these things sort themselves out", {"dismissive"}, set()),
    (S, "you're not upset for nothing, I'd be upset too", {"empathy"}, {"dismissive"}),
    (
        S,
        "by the time the fitter finished, everything was working perfectly, I've got his sign-off sheet",
        {"argue"},
        {"excuse"},
    ),
    (S, "when our plumber left the boiler was running fine", {"argue"}, {"excuse"}),
    (
        S,
        "when our tech left it was working fine, but that's on us, I'll send him back out tomorrow",
        {"solution"},
        {"argue"},
    ),
    (
        S,
        "to be honest our payment gateway was down most of Tuesday, that's why it charged you twice",
        {"excuse"},
        {"argue"},
    ),
    (S, "our system was not having any issue that day, you must have tapped the card twice", {"argue"}, {"excuse"}),
    # round 16: our system said to have had no trouble is no excuse; its trouble named as the reason is one
    (S, "our system had no issues that day, you must have tapped the card twice", {"argue"}, {"excuse"}),
    (
        S,
        "our card terminal was having a few problems on Friday, that's why it took the payment twice",
        {"excuse"},
        {"argue"},
    ),
    # round 15, steps and customer: a manager asked onto the line is the hand-over, not a step; "can yous no …" asks
    (S, "I'm going to get my duty manager to join the call, just bear with me one moment", set(), {"solution"}),
    (S, "I'll ask the manager to come on the line, and I'll refund the delivery fee by tomorrow", {"solution"}, set()),
    (C, "could ye not ring the depot and get them to bring it round the day", {"request"}, set()),
    (C, "can yous believe this", set(), {"request"}),
    # round 16, argue: a flat "no" opening a counter-claim (the records, our side's doing, the customer's own)
    (S, "no madam, that parcel wasn't yours, the label has a different postcode on it", {"argue"}, set()),
    (S, "Yeah, nah, we called you twice on Monday and left a voicemail.", {"argue"}, set()),
    (S, "Well, no, our tracking has the van outside your gate at ten past nine.", {"argue"}, set()),
    (S, "nope the engineer came at eight and nobody answered the door", {"argue"}, set()),
    # round 16, argue: look-alikes of the "no" opener — agreeing, reassuring, owning it with a remedy
    (S, "No, you're spot on, that was our mistake.", set(), {"argue"}),
    (S, "Aye, you're actually right there, we should have checked the pressure first.", {"empathy"}, {"argue"}),
    (S, "no you won't need to pay for the call out", set(), {"argue"}),
    (S, "No, we sent the wrong size, that's on us, and I'll send the right one out today.", {"solution"}, {"argue"}),
    # round 16, argue: the terms held against the claim ("the agreement's clear", "you aren't eligible") — not the
    # helpless "nothing I can do" (excuse), not with a remedy, not "I'm not saying you're not entitled"
    (S, "The tenancy agreement's very clear about that, tenants cover their own contents.", {"argue"}, {"excuse"}),
    (S, "I'm afraid you aren't eligible for the discount on sale items.", {"argue"}, {"excuse"}),
    (
        S,
        "our terms are clear that we cover damage in transit, so I'll refund you today",
        {"solution"},
        {"argue", "excuse"},
    ),
    (S, "I'm not saying you're not entitled to it, I just need the receipt first.", set(), {"argue"}),
    (S, "Look, our T&Cs are very clear, there's nothing I can do about it.", {"excuse"}, {"argue"}),
    # round 16, argue: "with respect, …" and "I hear you, but <the records / you …>" open a correction — not "with
    # respect to", not a circumstance of ours after the but, not with a remedy or owning it
    (S, "With respect, sir, the booking was made for the Friday, not the Saturday.", {"argue"}, set()),
    (S, "I take your point, but technically the parcel was signed for.", {"argue"}, set()),
    (S, "With respect to the refund, I'll put it through this afternoon.", {"solution"}, {"argue"}),
    (S, "I hear you, but it was the busiest weekend of the year for us.", {"excuse"}, {"argue"}),
    (S, "with respect the invoice was wrong, and that's on us, I'll reissue it", {"solution"}, {"argue"}),
    # round 16, excuse: a new colleague as the reason concedes the point (no argue); the fault put on them is blame
    (S, "She was a trainee that week, so she wouldn't have known to flag it.", {"excuse"}, {"argue"}),
    (S, "It was her first shift, so honestly that one's on her, not on us.", {"blame"}, {"excuse"}),
    # round 16, excuse: the day's weather in the trade's words — not the customer's day, not with a remedy after it
    (S, "it was lashing it down all afternoon, so the lads couldn't finish the roof", {"excuse"}, set()),
    (S, "It was chucking it down on Tuesday, and water gets in round old frames no matter what.", {"excuse"}, set()),
    (S, "poor you, out in it when it was pouring down with rain", set(), {"excuse"}),
    (S, "it was bucketing down, so I'll send someone back out tomorrow to finish", {"solution"}, {"excuse"}),
    # round 16, blame: another party named as the real cause, or what they didn't get to us — not our own system or
    # the weather
    (S, "the real issue was the wholesaler, they never sent the tiles to us until Friday", {"blame"}, {"excuse"}),
    (S, "the supplier didn't send the boards to us till the Monday", {"blame"}, set()),
    (S, "the real problem was our booking system", set(), {"blame"}),
    (S, "the real problem was the weather on the day", set(), {"blame"}),
    # round 16, dismissive: the consolation ("at least …", "still had a lovely day"), the complaint weighed, "only a
    # week
    # into it" (no excuse); not "at least they should have", not hoping, not "that's just how it works" (excuse)
    (S, "at least the cake turned up for the party in the end", {"dismissive"}, set()),
    (S, "well at least everyone still had a lovely day out of it", {"dismissive"}, set()),
    (S, "is it really worth all this fuss over one missing chair?", {"dismissive"}, set()),
    (S, "honestly it's only a week into the term, there's loads of time to catch up", {"dismissive"}, {"excuse"}),
    (
        S,
        "at least they should have rung you to say it'd be late, I'll find out why they didn't",
        {"solution"},
        {"dismissive"},
    ),
    (S, "I hope everyone still had a good time despite the mix-up", set(), {"dismissive"}),
    (S, "that's just how it works with the new billing cycle, I'm afraid", {"excuse"}, {"dismissive"}),
    # round 16, apology: a closing "sorry <name>" after the point is granted — not a repeat request, not a refusal
    (S, "fair enough, that should never have happened, sorry Margaret", {"apology"}, set()),
    (S, "what was the postcode again sorry", set(), {"apology"}),
    (S, "i can't give you a refund on that sorry", set(), {"apology"}),
    # round 16, solution: the charge taken off, the money back on the card, "it'll / they'll … by", our own fitter sent;
    # not "if it'll arrive", not a bare "I'll pass it on"
    (S, "I've knocked the admin fee off your bill and resent the invoice.", {"solution"}, set()),
    (S, "the deposit's all back on your card now", {"solution"}, set()),
    (S, "they'll be with you by Friday lunchtime", {"solution"}, set()),
    (S, "I'll have one of our fitters pop round this afternoon to sort the hinge.", {"solution"}, set()),
    (S, "I don't know if it'll arrive by Friday, to be honest", {"dont_know"}, {"solution"}),
    (S, "okay I'll pass your comments on to the manager. Thank you for calling.", {"thanks"}, {"solution"}),
    (S, "I'll pass it on to the warehouse team and ring you back before four.", {"solution"}, set()),
    # round 16, solution: the hand-over to someone named who will ring back is no step (as to "my manager"); a team that
    # will call is one
    (S, "I'm handing this over to Priya now and she'll call you back this afternoon.", set(), {"solution"}),
    (S, "I'm passing this to our claims team and they'll call you within two days.", {"solution"}, set()),
    # round 16, request: the customer's own need to settle is no ask; the rest of the claim asked after in two words;
    # the refund's form insisted on
    (C, "hang on, I just need a minute, this has really shaken me", set(), {"request"}),
    (C, "sorry, I need to take a breath, I've been up all night with it", set(), {"request"}),
    (C, "I need the boiler fixed before the weekend", {"request"}, set()),
    (C, "what about my deposit?", {"request"}, set()),
    (C, "and the delivery fee", {"request"}, set()),
    (C, "and the delivery fee was forty quid on top", {"fact"}, {"request"}),
    (C, "Onto my bank account this time, not gift vouchers.", {"request"}, set()),
    (C, "they gave me a voucher, not a refund", {"fact"}, {"request"}),
    # round 16, unreasonable_demand: "put the boss on now" before the private number does not veto it; an account's
    # address stays a request
    (C, "Put your boss on right now, I want his personal mobile.", {"unreasonable_demand"}, {"request"}),
    (C, "I'd like to update the home address on my account, please", {"request"}, {"unreasonable_demand"}),
    # round 16, fact: the customer's reaction to the offer tells nothing that happened
    (C, "ah right, that's more like it, thanks", set(), {"fact"}),
    (C, "okay that sounds fair enough", set(), {"fact"}),
    (C, "that's fine, the engineer came on the Tuesday and left without fixing it", {"fact"}, set()),
    # round 16, model look-alike, argue: a document quoted in the customer's favour with the remedy applied concedes the
    # point; the same document held against the claim still argues
    (S, "your quote clearly states labour included, so we'll knock that off the bill", set(), {"argue"}),
    (S, "the receipt plainly shows you paid the deposit, so I'll refund it today", {"solution"}, {"argue"}),
    (S, "the terms clearly state the fee applies, so you'll have to pay it", {"argue"}, set()),
    # round 16, model look-alike, apology: a bare sorry cushioning a refusal of someone's private details is none; a
    # real apology before such a refusal still counts
    (S, "Sorry love, I'm not able to give out the groomer's home address", set(), {"apology"}),
    (
        S,
        "I'm so sorry for the mix-up, I can't give out his number but I'll have him ring you before five",
        {"apology", "solution"},
        set(),
    ),
    # round 17, argue: the state the customer found it in owned as wrong is the apology's; their own handling
    # still argues
    (
        S,
        "Oh dear, I'm sorry, that is not the way anyone should have found their car after a service",
        {"apology"},
        {"argue"},
    ),
    (S, "that's not how you should have installed it, the manual shows the bracket on the left", {"argue"}, set()),
    # round 17, model look-alike, argue: our record found to bear the customer out agrees; one that doesn't
    # match still argues
    (S, "Right, and that ties in with what you told me: the engineer never logged a visit that day", set(), {"argue"}),
    (S, "That doesn't match what you said, our records show you signed for the parcel", {"argue"}, set()),
    # round 17, model look-alike, dismissive: the customer's "is it normal?" answered with the cause and a
    # safety net informs;
    # with a minimiser beside it, it plays the problem down
    (
        S,
        "Yes, a bit of hissing from the boiler for the first day is normal, it's air in the pipes; "
        "if it carries on past Friday, give us a ring and we'll send someone",
        {"solution"},
        {"dismissive"},
    ),
    (
        S,
        "it's normal for it to smell a bit at first, nothing to worry about, but if it bothers you let us know",
        {"dismissive"},
        set(),
    ),
    (S, "that's normal, they all make that noise, you'll hardly notice it after a week", {"dismissive"}, set()),
    # round 17, excuse: the storm named as something we had; not a storm warning with a remedy, not the customer's storm
    (S, "We'd had a freak gale the night before, it took half the fence panels down along the road", {"excuse"}, set()),
    (S, "We had a storm warning for the area, so I'll ring you before the driver sets off", {"solution"}, {"excuse"}),
    (S, "you had that big blow up your way as well then", set(), {"excuse"}),
    # round 17, apology: the ASR's bare "am sorry" for I'm sorry; still only a cushion before a repeat request
    (S, "right love am sorry about the mix-up with the boxes", {"apology"}, set()),
    (S, "am sorry could you say the postcode again", set(), {"apology"}),
    # round 17, dont_know: not knowing offhand with the check and call-back offered is "let me find out"; sending the
    # customer elsewhere is not
    (
        S,
        "I don't know off the top of my head whether the blue one's in stock, but let me check the warehouse "
        "and call you back by two",
        {"solution"},
        {"dont_know"},
    ),
    (S, "i don't know offhand, you'd have to ask the courier yourself", {"blame", "dont_know"}, set()),
    # round 17, empathy: "you'd be (right) put out / within your rights to be cheesed off"; a right to a
    # remedy "if …" is none
    (S, "Three weeks with no hot water, you'd be well within your rights to be cheesed off", {"empathy"}, set()),
    (S, "You'd be within your rights to ask for a refund if the part doesn't arrive", set(), {"empathy"}),
    # round 17, thanks: dialect "thank ya", "ta very much" close the call; "thank ya for callin <company>" opens it
    (S, "ta very much for your patience pet, bye now", {"thanks"}, set()),
    (S, "thank ya kindly for lettin us know, you take care", {"thanks"}, set()),
    (S, "thank ya for callin northern gas this is pat", set(), {"thanks"}),
    # round 18, excuse: an excuse phrase inside a line that argues or blames gives way to that caution (as ja, zh)
    (S, "That's not what happened, the driver was held up by the weather", {"argue"}, {"excuse"}),
    (S, "that's the courier's fault, they were held up by the weather", {"blame"}, {"excuse"}),
    (S, "the van was held up by the weather this morning so it came late", {"excuse"}, set()),
    # round 18, empathy: "you're right about <a point of fact>" concedes a fact; "you're right about it being
    # unacceptable" still grants the feeling
    (S, "I've got the invoice open, and yes, you're right about the date, it says the fourth", set(), {"empathy"}),
    (S, "mm the order notes have it down for tuesday so youre right about that", set(), {"empathy"}),
    (S, "You're right about that, it's not good enough to leave you without heating", {"empathy"}, set()),
    # round 18, argue: disagreeing outright; not "I don't disagree" / "I can't disagree with that"
    (S, "I'm going to have to respectfully disagree, the meter was read on the twelfth", {"argue"}, set()),
    (S, "im gonna have to disagree with you on that one sir", {"argue"}, set()),
    (S, "Honestly, I can't disagree with any of that, it wasn't good enough", set(), {"argue"}),
    (S, "I don't disagree, the wait was far too long", set(), {"argue"}),
    # round 18, argue: the scan or the GPS read as proof it did arrive; with a remedy after it, none
    (S, "The GPS log has the van outside your gate at twenty past two, so it did turn up", {"argue"}, set()),
    (
        S,
        "The scan shows the parcel reached our depot on Friday, so it did get that far, and I'll chase it today",
        {"solution"},
        {"argue"},
    ),
    # round 18, argue: the staff member correcting their own earlier word, owning it, contradicts nobody
    (
        S,
        "I said last week the part was on back order. That wasn't right, we'd simply never ordered it, that's on us.",
        set(),
        {"argue"},
    ),
    (S, "That isn't correct, sir, the receipt shows you paid for the smaller size.", {"argue"}, set()),
    # round 18, excuse: the reason the staff member gave earlier, taken back, is no excuse
    (
        S,
        "I told you yesterday the van was held up by the weather; that wasn't true, we'd double-booked it",
        set(),
        {"excuse", "argue"},
    ),
    # round 18, argue: nobody on reception as the reason is an excuse, not argue; "you" told there was nobody stays
    # argue
    (S, "nobody was on reception over the long weekend so the voicemail just sat there", set(), {"argue"}),
    # round 18, threat: a person's face or reg going up on a local group; a group booking is none
    (
        C,
        "Her photo and her car reg are going on the village community group tonight, see how she likes that",
        {"threat"},
        set(),
    ),
    (C, "Your name goes on the group booking, yeah, under Patel", set(), {"threat"}),
    # round 18, unreasonable_demand: sitting in at the office until the boss turns up; waiting at the branch for a
    # repair is none
    (
        C,
        "I'll drive down there and sit in your reception until the manager comes out and deals with me",
        {"unreasonable_demand"},
        set(),
    ),
    (C, "I'll come to the branch on Saturday and wait until the screen's been fitted", set(), {"unreasonable_demand"}),
    # round 18, model look-alike: checking the customer still wants what they chose is no contradiction; doubting
    # their account is
    (S, "Are you certain you want to go ahead with the cancellation?", set(), {"argue"}),
    (S, "Are you sure you locked it? Because our camera shows the door open", {"argue"}, set()),
    # --- round 20 families (en-d86–d89), in other wording ---
    # argue: the customer's slip guessed as the likely cause, their signature on the sign-off, the signs "very clear" —
    # not a condition or a remedy, not owning it, not a purpose clause
    (S, "chances are you put in the old postcode when you booked", {"argue"}, set()),
    (S, "you probably keyed in a different account number", {"argue"}, set()),
    (S, "whether you typed the wrong number or not, I'm reversing the transfer for you now", {"solution"}, {"argue"}),
    (S, "well you did agree to the cancellation terms when you booked", {"argue"}, set()),
    (
        S,
        "you did sign up for the premium cover, so I'll get your claim started right now and you'll be covered",
        set(),
        {"argue"},
    ),
    (
        S,
        "our form was signed off as complete by mistake, which is our error, so I'll reopen the job today",
        set(),
        {"argue"},
    ),
    (S, "the notices in the lobby are very clear about the quiet hours", {"argue"}, set()),
    (S, "it's displayed on every pump, the price per litre", {"argue"}, set()),
    # "that's not what anyone wants to find" grants the harm; "that's not what you said" still contradicts
    (S, "Oh no, that's not what anyone wants to find after a long flight.", {"empathy"}, {"argue"}),
    (S, "that's not what you said on the phone yesterday", {"argue"}, set()),
    (S, "after saving all year for it, that's a proper kick in the teeth", {"empathy"}, set()),
    # thanks: "thanks for calling this in", "for phoning and letting us know" close; the opener and "thanks, I've got
    # your account up" do not
    (S, "Thanks for calling this in, we'll get a crew out tonight.", {"solution", "thanks"}, set()),
    (S, "Thank you for phoning and letting us know about the leak.", {"thanks"}, set()),
    (S, "Thanks for calling Riverside Dental, this is Jo.", set(), {"thanks"}),
    (S, "Thanks, I've pulled up your account now.", set(), {"thanks"}),
    # excuse: a skeleton crew, half the staff off ill — not with the remedy, not the customer's staff
    (S, "there's just the one tow truck on tonight and about twenty jobs in the queue", {"excuse"}, set()),
    (S, "we've only got one engineer free tomorrow, so I've booked him in for nine", {"solution"}, {"excuse"}),
    (S, "sorry, two of our drivers have been off sick with the flu all week", {"excuse"}, {"apology"}),
    (S, "if two of your staff are off with flu, just ring us and we'll move the session", set(), {"excuse"}),
    # apology: one's own careless words owned
    (S, "sorry, that was a thoughtless thing to say", {"apology"}, set()),
    (S, "I shouldn't have said that, you're right to be cross", {"apology", "empathy"}, set()),
    (S, "that was a fair thing to ask", set(), {"apology"}),
    # dismissive: the same for everybody, "it can wait a couple of days", "you wouldn't have lost much anyway" — not our
    # own waiting
    (S, "it's the same for everyone who parks there overnight", {"dismissive"}, set()),
    (S, "your dentist appointment can wait a couple of days", {"dismissive"}, set()),
    (S, "you wouldn't have used much heating in that week anyway", {"dismissive"}, set()),
    (S, "we can wait a few days for the part to arrive if that suits you", set(), {"dismissive"}),
    # customer: a bare yes/no "or not" asks; "when will my refund come" asks for the remedy, "when did it" does not;
    # "that's not my problem, I want …" is the request alone; lying in wait for someone is a threat
    (C, "so are they coming today or not", set(), {"fact"}),
    (C, "ok when will my refund come through", {"request"}, set()),
    (C, "when did it go missing", set(), {"request"}),
    (C, "that's not my problem, I want a new one sent out", {"request"}, {"fact"}),
    (C, "im gonna be parked right by the gate when your driver gets back", {"threat"}, set()),
    (C, "i'll be standing by the phone when they call back", set(), {"threat"}),
    # --- round 21 (bank en-3) argue families, in other wording ---
    # our work vouched for with the time after it; not with a remedy
    (S, "the boiler was running fine when our engineer left on friday", {"argue"}, set()),
    (
        S,
        "it was working perfectly when our tech left, so I'll send him back out this afternoon",
        {"solution"},
        {"argue"},
    ),
    # "I'd be surprised if it's our end"; not a forecast
    (S, "I'd be surprised if the leak is coming from our end, the seals were all new", {"argue"}, set()),
    (S, "I'd be surprised if it took more than a day to sort out", set(), {"argue"}),
    # the customer's own kit as the cause; not "the same one"
    (S, "that'll be the detergent you're using, ours doesn't leave marks like that", {"argue"}, set()),
    (S, "it'll be the same cable you're using now, just a longer one", set(), {"argue"}),
    # what it is rated for; not when we own the wording
    (S, "the jacket is showerproof, not waterproof, so a day in the downpour is asking a lot of it", {"argue"}, set()),
    (
        S,
        "those boots are splash resistant, not waterproof, and we should have made that clearer on the site",
        set(),
        {"argue"},
    ),
    # "printed very clearly", "the ticket does say"; not a promise, not the customer granted right
    (S, "the dosage is printed very clearly on the box", {"argue"}, set()),
    (S, "the last garage should have written it clearly on the job sheet", {"blame"}, {"argue"}),
    (S, "to be fair the ticket does say no refunds after departure", {"argue"}, set()),
    (S, "the new labels will be printed clearly so it won't happen again", {"solution"}, {"argue"}),
    (
        S,
        "you're right, the website does say free returns, so I'll refund the postage now",
        {"empathy", "solution"},
        {"argue"},
    ),
    # "someone should have reported it"; not "should have called you back"
    (S, "someone should have reported the leak when it first started", {"argue"}, set()),
    (S, "someone should have called you back by now, I'm so sorry", {"apology"}, {"argue"}),
    # no record of the customer's call; not with the remedy, not the customer cleared
    (S, "we have no record of any call from you last week", {"argue"}, set()),
    (S, "there's no record of your cancellation, so I'll process it for you now", {"solution"}, {"argue"}),
    (S, "we have no record of any missed payment, so you're all clear", set(), {"argue"}),
    # the customer's handling as what would have prevented it; "how you remember it, but"; "the wrong X you gave"
    (S, "if you'd taken it to a garage when the light came on, the engine wouldn't have seized", {"argue"}, set()),
    (S, "I understand that's how you remember it, but the recording has you agreeing to the dates", {"argue"}, set()),
    (S, "sorry, the transfer went to the wrong account number you gave us, so it bounced back", {"argue"}, set()),
    (S, "I'm sorry, we used the old address you gave us last year", {"apology"}, {"argue"}),
    # model look-alikes: in the customer's shoes, the terms read in their favour, a warning acted on ahead
    (S, "If I were in your shoes I'd have been just as cross", {"empathy"}, {"argue"}),
    (
        S,
        "our guarantee is clear that we replace anything that fails in the first year, so I'll send one out",
        {"solution"},
        {"argue"},
    ),
    (
        S,
        "We've got a snow warning for tomorrow, so I'll call you in the morning before the van leaves",
        {"solution"},
        {"excuse"},
    ),
    (
        S,
        "Our terms are clear that we cover breakages in transit, but only if it's reported within 48 hours",
        {"argue"},
        set(),
    ),
    # round 23: sorry as a hold or doubled before a question; sympathy openers; "and I'm sorry." before a refusal
    (S, "Sorry, bear with me a sec while I pull up the repair ticket", set(), {"apology"}),
    (S, "sorry sorry, could you spell the street name for me", set(), {"apology"}),
    (S, "eish, sorry about the mix-up with your meter reading", {"apology"}, set()),
    (
        S,
        "The courier scanned it to the wrong depot, nothing you did, and I'm sorry. I can't promise it before Friday.",
        {"apology"},
        set(),
    ),
    # round 23: the opening greeting in a regional word; "Thanks." then what the file shows
    (S, "Kia ora, thanks for calling Harbour Insurance, this is Aroha speaking", set(), {"thanks"}),
    (S, "Talofa, thank you for ringing Pacific Freight, Sione here", set(), {"thanks"}),
    (S, "Thanks. Looking at the notes, the plumber marked the valve as faulty on Tuesday.", set(), {"thanks"}),
    (S, "Vinaka, thank you so much for your patience today, take care", {"thanks"}, set()),
    # round 23: the duty to keep details current put on the customer; a framed read-back is no argue
    (S, "we do ask all members to keep their phone number current in the portal", {"argue"}, set()),
    (S, "well it's the account holder's responsibility to keep the email address updated", {"argue"}, set()),
    (S, "we ask customers to send a photo of the damage so the claim goes through quickly", set(), {"argue"}),
    (
        S,
        "So: the van was due at nine, came after two, and you signed the docket before you'd opened the box. "
        "Have I got that right?",
        {"confirm"},
        {"argue"},
    ),
    # round 23: the hard occasion on top, the bind it left them in
    (S, "Oh no, and with the christening this weekend too.", {"empathy"}, set()),
    (S, "that left you in an awful position with the tenants", {"empathy"}, set()),
    (S, "this puts you in a position to claim the full amount back", set(), {"empathy"}),
    # round 23: the supply or the elements as the trouble (excuse, not blame); the wait played down
    (S, "the meters are fine, it's the power surges that are doing the damage this month", {"excuse"}, {"blame"}),
    (S, "honestly the real issue is the load-shedding in your area", {"excuse"}, set()),
    (S, "it's the installer that's the problem, he never tightened it", set(), {"excuse"}),
    (S, "I get that, but it's only been a day or two since the part was ordered", {"dismissive"}, {"excuse"}),
    (
        S,
        "I know it's only been a week, and I'm sorry it's dragging, I'll chase the lab today",
        {"apology", "solution"},
        {"dismissive"},
    ),
    # round 23: the account number asked to pull the file up reads nothing back
    (S, "Sorry, could I just take your policy number so I've got the right claim up?", set(), {"confirm", "apology"}),
    # round 23: an address to be posted online is the threat, not a demand; the sarcastic "so it's my fault?"
    (
        C,
        "I'm posting that courier's full name and home address on the neighbourhood page tonight",
        {"threat"},
        {"unreasonable_demand"},
    ),
    (C, "oh so it's my fault the parcel went missing?", set(), {"fact"}),
    (C, "everyone knows me as Tommy down at the yard", {"fact"}, set()),
    # round 24: "not what you had in mind" after a sorry grants the loss; "pole sana" is the sorry
    (S, "That is not what you had in mind for the anniversary dinner.", {"empathy"}, {"argue"}),
    (S, "That's not what anyone planned for their holiday.", {"empathy"}, {"argue"}),
    (S, "Pole kabisa, madam, for the mix-up with the cake.", {"apology"}, set()),
    (S, "that isn't what you ordered, you ordered the small one", {"argue"}, {"empathy"}),
    # round 24: the job laid on a colleague who had it before; the hold-up laid on the customer's own people
    (S, "invoicing was Raj's thing before I started, he looked after all that until June", {"blame"}, {"excuse"}),
    (
        S,
        "the fitter did mention your site office kept our fitters waiting over an hour at the gate",
        {"blame"},
        {"argue"},
    ),
    (
        S,
        "Your security had the engineer waiting at the barrier, so I'll rebook him for Friday morning.",
        {"solution"},
        {"blame"},
    ),
    (S, "She was handling the returns before me, and I'll chase it with her today.", {"solution"}, {"blame"}),
    # round 24: "I didn't know that" beside a sorry owns a slip; "I don't know" now is still not knowing
    (S, "I'm sorry, I didn't know that. I shouldn't have laughed it off.", {"apology"}, {"dont_know", "empathy"}),
    (
        S,
        "I'm sorry, I didn't know that about your mum, and I should never have waved it off.",
        {"apology"},
        {"dont_know"},
    ),
    (S, "Sorry, I don't know that one.", {"dont_know"}, {"apology"}),
    # round 24: an offer cut off before anything is named; a change of practice promised; "and well" for we'll
    (S, "What we can do is", set(), {"solution"}),
    (S, "What I can do is send a courier for it this afternoon.", {"solution"}, set()),
    (S, "We'll start double-checking every order against the booking sheet from now on.", {"solution"}, set()),
    (S, "and well sort the booking form so no other family gets charged twice", {"solution"}, set()),
    (S, "We'll start by looking at your account.", set(), {"solution"}),
    # round 24: "Thanks. From our end, …" leads into our account, no closing thanks
    (S, "Thanks. From our end, the courier lost the scan, and nobody told you.", set(), {"thanks"}),
    (S, "Thanks so much for your patience, and from our end we're sorry.", {"apology", "thanks"}, set()),
    # round 24: the uncontracted "I am requesting"; the message to pass on
    (C, "I am formally requesting a full refund of the deposit.", {"request"}, set()),
    (C, "and tell whoever took the booking that it was wrong", {"request"}, set()),
    (C, "I told your driver it was the back door.", {"fact"}, {"request"}),
    # round 26: a sorry before correcting one's own words is a cushion; owning our mistake is still an apology
    (S, "Sorry, I misread that, the parcel went out Thursday, not Tuesday.", set(), {"apology"}),
    (S, "I'm sorry, we got that wrong and it should never have happened.", {"apology"}, set()),
    # round 26: thanks for ringing promptly is no opening greeting; "Okay, thanks." before our plan only acknowledges
    (
        S,
        "Thanks for phoning us so quickly, Ravi, it's meant the engineer can get there before the water spreads.",
        {"thanks"},
        set(),
    ),
    (S, "thanks for ringing northside plumbing, how can I help", set(), {"thanks"}),
    (S, "Okay, thanks. I'll have the engineer out to you Friday morning.", {"solution"}, {"thanks"}),
    (S, "Okay, thanks. I'll let you go now, have a lovely evening.", {"thanks"}, set()),
    # round 26: the bare wish before the offer names no step
    (S, "I want to get this sorted for your dad. Can I run through the options with you?", set(), {"solution"}),
    (S, "I want to get an engineer booked for you this afternoon.", {"solution"}, set()),
    # round 26: the policy stated with the lapse owned, or set aside for the customer, is no excuse
    (S, "Our procedure is to text before every delivery, and nobody texted you. That one's on us.", set(), {"excuse"}),
    (
        S,
        "The rule is no returns on sale items, but yours arrived damaged, so it doesn't apply to your order, "
        "and I'll send a replacement today.",
        {"solution"},
        {"excuse"},
    ),
    (S, "Sorry, but our policy is no refunds after thirty days.", {"excuse"}, {"apology"}),
    # round 26: the file narrated as it comes up, and a read-back only announced, read nothing back
    (
        S,
        "okay let me pull your account up sir right i see the payment of forty pounds on the third and the engineer "
        "booked for friday",
        set(),
        {"confirm"},
    ),
    (
        S,
        "Let me pull your booking up. So you were booked for the ninth and nobody came, is that right?",
        {"confirm"},
        set(),
    ),
    (S, "Let me just read back what you've told me.", set(), {"confirm"}),
    (S, "Let me read it back: two boxes missing and the lid cracked, correct?", {"confirm"}, set()),
    # round 26: the terms or the log read in the customer's favour argue nothing; our side cleared does
    (
        S,
        "Your contract gives two years on parts and says the compressor is included, so this one is fully covered.",
        set(),
        {"argue"},
    ),
    (
        S,
        "The tracking log has the driver leaving the depot at eleven forty, so he set off late from our end.",
        set(),
        {"argue"},
    ),
    (S, "The contract clearly states the warranty covers parts only, so the labour isn't covered.", {"argue"}, set()),
    (S, "The driver's log has him at your door at nine, so he wasn't late from our end.", {"argue"}, set()),
    (S, "so from our end the transfer was completed on time, the delay is with your bank", {"argue"}, set()),
    # round 26: pushing back on the customer's word, the complaint denied as a fault
    (S, "I'd respectfully push back on the word faulty, that haze is normal for an unfiltered beer.", {"argue"}, set()),
    (S, "That isn't really a defect, it's how the oak ages.", {"argue"}, set()),
    (S, "I'll push back on the courier for you and get a date today.", set(), {"argue"}),
    (S, "If it isn't a fault, we'll still swap it for you.", set(), {"argue"}),
    # round 26: the terse demand for the slot, payment held back till it is done
    (C, "fine, make it Friday then, not the week after", {"request"}, {"fact"}),
    (C, "and that engineer better be here by ten", {"request"}, {"fact"}),
    (C, "I'm not paying another penny until the roof is finished.", {"request"}, {"fact"}),
    (C, "I can't make it Tuesday, I'm at work.", {"fact"}, {"request"}),
    # round 26: going down there to find the worker oneself; the manager asked for in person is a request
    (C, "maybe I should drive round to your depot and find that driver myself", {"threat"}, {"request"}),
    (C, "I'll come down to your shop tomorrow and find the manager", {"request"}, {"threat"}),
    (C, "I'm not going to come down there and find that driver myself, I just want my parcel", {"request"}, {"threat"}),
    # round 26: one item's price asked back is a plain refund; money on top for the stress is not
    (C, "I want the twelve hundred back for the sofa that never came", {"request"}, {"unreasonable_demand"}),
    (
        C,
        "I want the twelve hundred back for the sofa and five grand on top for the stress",
        {"unreasonable_demand"},
        {"request"},
    ),
    # round 28: the outside crew we use run down as unreliable is blame (and no excuse); our own lads are not
    (
        S,
        "Honestly the couriers we use on weekends are a law unto themselves, we've had no end of trouble with them.",
        {"blame"},
        {"excuse"},
    ),
    (
        S,
        "The subcontractors we hire for the tiling have been a nightmare, we've had nothing but bother with them.",
        {"blame"},
        {"excuse"},
    ),
    (S, "We use our own lads for the Saturday runs and we've had no trouble with them.", set(), {"blame"}),
    # round 28: the outside worker named but the claim kept with us, and a limit handed to our manager, excuse nothing
    (
        S,
        "The fitting was done by an outside crew, but we sold you the boiler, so the claim's with us; I've raised it.",
        {"solution"},
        {"excuse"},
    ),
    (
        S,
        "I can't give out staff mobile numbers, but our duty manager will ring you back within the hour.",
        {"solution"},
        {"excuse"},
    ),
    (S, "My hands are tied, but our manager will tell you the same.", {"excuse"}, set()),
    # round 28: "I don't know, not my side" only does not know; sending the customer elsewhere is blame
    (S, "Which engineer it was, I honestly don't know, not my end.", {"dont_know"}, {"blame"}),
    (S, "That's not my side, you'll have to call the courier.", {"blame"}, set()),
    # round 28: a subject before "just take / give" tells what they do; the agent's offer to put someone on taken up
    (C, "you lot just take the deposit and disappear", set(), {"request"}),
    (C, "the salesman just give me the box and tell me no need warranty card", set(), {"request"}),
    (C, "Just take the money off my card and send the part.", {"request"}, set()),
    (C, "just give me the receipt and say sorry", {"request"}, set()),
    (C, "Okay, put him through then.", set(), {"request"}),
    (C, "fine put her on and tell her I want the full refund", {"request"}, set()),
    # round 28: turning up at the worker's own door is a threat; the engineer's visit told or ruled out is not
    (C, "Sort it by Friday or I'll be round at that plumber's house myself.", {"threat"}, {"request"}),
    (C, "Fix it today or I'm going round to his place and banging on his door.", {"threat"}, {"request"}),
    (C, "The engineer said he'd be knocking on my door at nine.", {"fact"}, {"threat"}),
    (C, "I'm not gonna be knocking on his door, I just want it fixed.", {"request"}, {"threat"}),
    # round 28: the big sum held to is out of proportion; a complaint held to with a small refund is a request
    (C, "I'm not backing down on the ten thousand, full stop.", {"unreasonable_demand"}, {"fact"}),
    (C, "I'm not dropping the complaint, I want the forty quid back.", {"request"}, {"unreasonable_demand"}),
    # round 28: "I can't keep chasing you" tells no harm going on; the boiler cutting out does
    (C, "I can't keep chasing you every day for this.", set(), {"fact"}),
    (C, "my boiler keeps cutting out every morning", {"fact"}, set()),
    # waiting by the phone for a call-back menaces no one
    (C, "fine, I'll be sitting by the phone all afternoon then", set(), {"threat"}),
    # round 30: lines
    # round 30, model look-alike after the retrain: the outcome granted as not what the customer hoped for is empathy
    (S, "I know this isn't what you were hoping for on your holiday.", set(), {"argue"}),
    (S, "That's not at all what you deserved after waiting all week.", set(), {"argue"}),
    (S, "That is not what happened, you must have misread the label.", {"argue"}, set()),
    # round 30: a thanks for the details, said by name or with a particle, then the look-up, the next question or our
    # account of what happened, is mid-call; a thanks for telling us or with a goodbye stays thanks
    (S, "Thanks Priya. I'm in your account now and I can see the two payments.", set(), {"thanks"}),
    (S, "Thank you, Daniel. What colour was the sofa?", set(), {"thanks"}),
    (S, "Thanks Mr Okafor. And when did the parcel actually arrive?", set(), {"thanks"}),
    (S, "thank you la, the crack is how long?", set(), {"thanks"}),
    (S, "Thank you Mrs Dube. Right, I've pulled up the booking from Saturday.", set(), {"thanks"}),
    (S, "Thanks so much Daniel, what you told us today really helps, have a good evening.", {"thanks"}, set()),
    (S, "Thank you, Joan, really, for telling us about this.", {"thanks"}, set()),
    (S, "Thanks again. So the refund goes out tomorrow, take care.", {"thanks"}, set()),
    # round 30: our own people cleared while the fault is put elsewhere is blame; reassuring or owning it is not
    (S, "our drivers did nothing wrong, the app sent them to the old address", {"blame"}, set()),
    (S, "none of this is down to our girls at reception, it's the booking software", {"blame"}, set()),
    (S, "the nurses were not at fault here, the pump alarm is automatic", {"blame"}, set()),
    (S, "you did nothing wrong at all, madam", set(), {"blame"}),
    (S, "our engineer did something wrong and I'm sorry", {"apology"}, {"blame"}),
    # round 30: a partner of ours set to act for the customer; the whole practice checked or changed (we + scope)
    (S, "I'll have our partner pharmacy hold a box for you", {"solution"}, set()),
    (S, "we'll get the Leeds branch to put one aside for you", {"solution"}, set()),
    (S, "we are reviewing the settings for every account this week", {"solution"}, set()),
    (S, "we're bringing in a new rule that nothing gets signed off without a manager's name", {"solution"}, set()),
    (S, "I'm checking why it went twice, one moment", set(), {"solution"}),
    (S, "we're looking at your account now", set(), {"solution"}),
    # round 30: the ASR's split "a pologies", and a closing sorry followed by another sentence
    (S, "a pologies for the wait on this one", {"apology"}, set()),
    (S, "that was a poor answer on my part, sorry. Let me start again.", {"apology"}, set()),
    (S, "okay, sorry. Can I take your postcode?", set(), {"apology"}),
    # round 30: the customer's point granted in their own words minimises nothing; "it's not that bad" does
    (S, "You're quite right, it isn't your problem.", {"empathy"}, {"dismissive"}),
    (S, "it's not that bad, honestly", {"dismissive"}, set()),
    # round 30: the staff called witless in older words, or the place said to be run by animals or children
    (C, "you lot are a pack of buffoons", {"abuse"}, set()),
    (C, "is this place run by monkeys or what", {"abuse"}, set()),
    (C, "who's in charge over there, a chimp?", {"abuse"}, set()),
    (C, "a five year old could do your job better", {"abuse"}, set()),
    (C, "I felt like a complete duffer standing there at the counter", set(), {"abuse"}),
    (C, "my kid's toy monkey came with a broken arm", {"fact"}, {"abuse"}),
    (C, "who is running the shop today, is the manager in?", set(), {"abuse"}),
]


@pytest.mark.parametrize(("speaker", "text", "expected", "look_alikes"), CASES)
def test_rules_give_exactly_the_expected_labels(
    rules_engine: PlaybookEngine, speaker: Speaker, text: str, expected: set[str], look_alikes: set[str]
) -> None:
    labels = set(rules_engine.start_call("en").on_utterance(0, speaker, text).labels)
    assert labels == expected, f"{text!r} → {sorted(labels)}, expected {sorted(expected)}"


@pytest.mark.parametrize(("speaker", "text", "expected", "look_alikes"), CASES)
def test_the_product_keeps_them_and_adds_no_look_alike(
    engine: PlaybookEngine, speaker: Speaker, text: str, expected: set[str], look_alikes: set[str]
) -> None:
    labels = set(engine.start_call("en").on_utterance(0, speaker, text).labels)
    assert expected <= labels, f"{text!r} → {sorted(labels)}, missing {sorted(expected - labels)}"
    assert not (look_alikes & labels), f"{text!r} → {sorted(labels)}, look-alike {sorted(look_alikes & labels)}"
