"""The warnings of the court-costs calculator (``court_costs.py``): the law's discretion and our readings of it.

Each entry is shown to the user where the calculator makes the choice it describes.
"""

from __future__ import annotations

from decimal import Decimal

from calculators.i18n import Text, text
from calculators.money import format_amount

NOTE: dict[str, Text] = {
    # Non-property claims: CPC art. 113 part 1 ("reasonable limits, at most 300 MCI") and resolution p. 14
    # paragraph 2 (a documented but excessive fee is weighed by good faith, fairness and reasonableness).
    "discretion": text(
        "Суд вправе снизить расходы на представителя до разумных пределов и возложить все расходы на сторону, "
        "злоупотребившую процессуальными правами или нарушившую досудебный порядок (ГПК, ст. 109 ч. 2, ст. 113): "
        "расчёт показывает максимум, который закон позволяет взыскать.",
        "Сот өкіл шығыстарын ақылға қонымды шекке дейін азайтуға және барлық шығыстарды процестік құқықтарын "
        "теріс пайдаланған немесе сотқа дейінгі тәртіпті бұзған тарапқа жүктеуге құқылы (АПК, 109-бап 2-бөлік, "
        "113-бап): есеп заң өндіруге мүмкіндік беретін ең жоғары соманы көрсетеді.",
        "Сот өкүлдүн чыгымдарын акылга сыярлык чекке чейин азайтууга жана бардык чыгымдарды процесстик укуктарын "
        "кыянаттык менен пайдаланган же сотко чейинки тартипти бузган тарапка жүктөөгө укуктуу (ЖПК, 109-берене "
        "2-бөлүк, 113-берене): эсеп мыйзам өндүрүүгө уруксат берген эң жогорку сумманы көрсөтөт.",
        "The court may reduce representative fees to reasonable limits and put all costs on a party that abused its "
        "procedural rights or broke the pre-trial procedure (CPC art. 109 part 2, art. 113): the computation shows "
        "the most the law allows to recover.",
    ),
    "defendant_cap": text(
        "Для ответчика предел 10 % взят от отказанной части иска: закон говорит об «удовлетворённой части» и не "
        "называет базы для ответчика.",
        "Жауапкер үшін 10 % шек талаптың бас тартылған бөлігінен алынды: заң «қанағаттандырылған бөлік» дейді және "
        "жауапкер үшін негізді атамайды.",
        "Жоопкер үчүн 10 % чек доонун четке кагылган бөлүгүнөн алынды: мыйзам «канааттандырылган бөлүк» дейт жана "
        "жоопкер үчүн негизди атабайт.",
        "For the defendant the 10 % cap is taken on the dismissed part of the claim: the law speaks of the "
        "“satisfied part” and names no base for the defendant.",
    ),
    "admission": text(
        "Если ответчик не виновен в споре и признал иск, расходы относятся на истца: мы считаем, что истец несёт "
        "свои расходы и возмещает расходы ответчика.",
        "Егер жауапкер дауға кінәлі болмаса және талапты мойындаса, шығыстар талапкерге жүктеледі: талапкер өз "
        "шығыстарын көтереді және жауапкердің шығыстарын өтейді деп есептейміз.",
        "Эгер жоопкер талашка күнөөлүү болбосо жана доону моюнга алса, чыгымдар доогерге жүктөлөт: доогер өз "
        "чыгымдарын көтөрөт жана жоопкердин чыгымдарын төлөйт деп эсептейбиз.",
        "When a defendant not at fault admits the claim, costs fall on the plaintiff: we take it that the plaintiff "
        "bears its own costs and reimburses the defendant's.",
    ),
    "other_ground": text(
        "Для иных оснований оставления без рассмотрения закон не распределяет расходы; каждая сторона несёт свои. "
        "Пошлина по основаниям пп. 1, 2, 5 ст. 279 возвращается — см. калькулятор возврата.",
        "Қараусыз қалдырудың өзге негіздері үшін заң шығыстарды бөлмейді; әр тарап өз шығыстарын көтереді. 279-"
        "баптың 1), 2), 5) тармақшалары бойынша баж қайтарылады — қайтару калькуляторын қараңыз.",
        "Каралбай калтыруунун башка негиздери үчүн мыйзам чыгымдарды бөлбөйт; ар бир тарап өз чыгымдарын көтөрөт. "
        "279-беренинин 1), 2), 5) пунктчалары боюнча алым кайтарылат — кайтаруу калькуляторун караңыз.",
        "For other grounds of leaving a claim without consideration the law does not distribute costs; each side "
        "bears its own. On items 1, 2 and 5 of art. 279 the duty is refunded — see the refund calculator.",
    ),
    "settlement_refund": text(
        "При мировом соглашении пошлина возвращается из бюджета (100 % в первой и апелляционной инстанции, 50 % в "
        "кассации) — см. калькулятор возврата.",
        "Татуласу келісімі кезінде баж бюджеттен қайтарылады (бірінші және апелляциялық сатыларда 100 %, "
        "кассацияда 50 %) — қайтару калькуляторын қараңыз.",
        "Элдешүү келишиминде алым бюджеттен кайтарылат (биринчи жана апелляциялык инстанцияларда 100 %, "
        "кассацияда 50 %) — кайтаруу калькуляторун караңыз.",
        "On a settlement the duty is refunded from the budget (100 % in first and appeal instance, 50 % in "
        "cassation) — see the refund calculator.",
    ),
    # Property claims: resolution p. 14 paragraph 1 says the fee within the art. 113 cap is not reduced on a
    # party's motion or at the court's discretion; art. 109 part 2 (abuse, pre-trial procedure) still applies.
    "abuse": text(
        "По имущественному иску расходы на представителя в пределах 10 % удовлетворённой части не подлежат "
        "снижению по ходатайству сторон или по усмотрению суда (НП № 9, п. 14). Но суд может возложить все "
        "расходы на сторону, злоупотребившую процессуальными правами или нарушившую досудебный порядок "
        "(ГПК, ст. 109 ч. 2): расчёт показывает то, что закон позволяет взыскать.",
        "Мүліктік талап қою бойынша өкіл шығыстары қанағаттандырылған бөліктің 10 % шегінде тараптардың "
        "өтінішхаты бойынша немесе соттың қалауымен төмендетуге жатпайды (№ 9 НҚ, 14-тармақ). Бірақ сот барлық "
        "шығыстарды процестік құқықтарын теріс пайдаланған немесе сотқа дейінгі тәртіпті бұзған тарапқа жүктей "
        "алады (АПК, 109-бап 2-бөлік): есеп заң өндіруге мүмкіндік беретін соманы көрсетеді.",
        "Мүлктүк доо боюнча өкүлдүн чыгымдары канааттандырылган бөлүктүн 10 % чегинде тараптардын өтүнүчү "
        "боюнча же соттун каалоосу менен азайтылбайт (№ 9 ЧТ, 14-пункт). Бирок сот бардык чыгымдарды процесстик "
        "укуктарын кыянаттык менен пайдаланган же сотко чейинки тартипти бузган тарапка жүктөй алат (ЖПК, "
        "109-берене 2-бөлүк): эсеп мыйзам өндүрүүгө уруксат берген сумманы көрсөтөт.",
        "On a property claim, representative fees within 10 % of the part granted are not reduced on a party's "
        "motion or at the court's discretion (Resolution No. 9, p. 14). The court may still put all costs on a "
        "party that abused its procedural rights or broke the pre-trial procedure (CPC art. 109 part 2): the "
        "computation shows what the law allows to recover.",
    ),
    # CPC art. 109 part 1 shares costs "in proportion to the satisfied part"; for non-property demands the law
    # gives no measure, so the share of demands granted is our reading.
    "demand_share": text(
        "Для неимущественного иска доля удовлетворённой части взята как доля удовлетворённых требований: закон "
        "(ГПК, ст. 109 ч. 1) говорит о пропорции удовлетворённой части, но не говорит, как мерить её без цены иска.",
        "Мүліктік емес талап қою үшін қанағаттандырылған бөліктің үлесі қанағаттандырылған талаптардың үлесі "
        "ретінде алынды: заң (АПК, 109-бап 1-бөлік) қанағаттандырылған бөлікке мөлшерлес дейді, бірақ талап "
        "қою бағасы жоқ кезде оны қалай өлшеу керектігін айтпайды.",
        "Мүлктүк эмес доо үчүн канааттандырылган бөлүктүн үлүшү канааттандырылган талаптардын үлүшү катары "
        "алынды: мыйзам (ЖПК, 109-берене 1-бөлүк) канааттандырылган бөлүккө жараша дейт, бирок доонун баасы жок "
        "болгондо аны кантип ченөө керек экенин айтпайт.",
        "For a non-property claim the share granted is taken as the share of demands granted: the law (CPC "
        "art. 109 part 1) speaks of the proportion of the satisfied part but does not say how to measure it "
        "without a claim value.",
    ),
}


def mci_date(decision_mci: Decimal, paid_mci: Decimal) -> Text:
    """CPC art. 113 part 1 caps a non-property fee at 300 MCI without naming the date of the MCI.

    Shown only where the candidate dates (the decision, the payment of the fee) fall under different MCIs.
    """
    d, p = format_amount(decision_mci), format_amount(paid_mci)
    return text(
        f"Предел 300 МРП взят по МРП на дату решения ({d} тенге). Закон не говорит, на какую дату брать МРП; "
        f"по МРП на дату оплаты услуг представителя ({p} тенге) предел был бы иным.",
        f"300 АЕК шегі шешім күнгі АЕК бойынша алынды ({d} теңге). Заң АЕК-ті қай күнге алу керектігін "
        f"айтпайды; өкіл қызметіне ақы төленген күнгі АЕК бойынша ({p} теңге) шек басқа болар еді.",
        f"300 АЭК чеги чечим күнүндөгү АЭК боюнча алынды ({d} теңге). Мыйзам АЭКти кайсы күнгө алуу керек "
        f"экенин айтпайт; өкүлдүн кызматы төлөнгөн күндөгү АЭК боюнча ({p} теңге) чек башка болмок.",
        f"The 300 MCI cap uses the MCI on the decision date ({d} tenge). The law does not say which date's MCI "
        f"applies; with the MCI on the day the representative was paid ({p} tenge) the cap would differ.",
    )
