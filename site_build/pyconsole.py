"""The Python console page (``<!-- console: python -->``): the one place the site uses PyScript.

The visitor writes Python against the calculators package (``calculators/console.py``) in a textarea; PyScript runs
it on the page's main thread, on the same self-hosted Pyodide and ``calculators.zip`` as the calculators' worker.
The page is rendered here, in its language; ``write_runtime`` copies the few PyScript files it loads into
``assets/pyscript/``. The browser side: ``docs/assets/court-console.js`` (loads PyScript, examples, states) and
``docs/assets/court-console.py`` (the Python PyScript runs).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from calculators.registry import calculators
from site_build import bundle
from site_build.templating import macro

ROOT = Path(__file__).resolve().parents[1]
PYSCRIPT_DIST = ROOT / "node_modules" / "@pyscript" / "core" / "dist"
# What core.js loads on a page with one <script type="py">: the core, its stylesheet, and the plugins it imports
# for every page (small; the editor's CodeMirror, the terminal's xterm, the TOML and zip readers and the package
# graph they would fetch later are not served). Chunk names carry a hash: each pattern must match exactly one.
PYSCRIPT_FILES = (
    "core.js",
    "core.css",
    "core-*.js",
    "error-*.js",
    "deprecations-manager-*.js",
    "donkey-*.js",
    "py-editor-*.js",
    "py-game-*.js",
    "py-terminal-*.js",
)

UI: dict[str, dict[str, str]] = {
    "ru": {
        "examples": "Примеры",
        "code": "Код на Python",
        "run": "Выполнить",
        "output": "Вывод",
        "loading": "Python запускается в вашем браузере: в первый раз загружается около 13 МБ, потом — из кэша…",
        "ready": "Готово: измените код и нажмите «Выполнить» (или Ctrl+Enter).",
        "running": "Выполняется…",
        "done": "Выполнено. Код работает на вашем устройстве, ничего никуда не отправляется.",
        "failed": "Python не запустился: {reason}. Обновите страницу; страницы калькуляторов работают и без консоли.",
        "unavailable": (
            "В копии, открытой с диска, консоль не работает: браузер не загружает модули PyScript из файлов."
            " Калькуляторы в этой копии работают как обычно; для консоли откройте сайт по веб-адресу."
        ),
        "function": "Функция",
        "calculator": "Калькулятор",
    },
    "kk": {
        "examples": "Мысалдар",
        "code": "Python коды",
        "run": "Орындау",
        "output": "Нәтиже",
        "loading": "Python браузеріңізде іске қосылуда: алғаш рет шамамен 13 МБ жүктеледі, кейін кэштен алынады…",
        "ready": "Дайын: кодты өзгертіп, «Орындау» батырмасын басыңыз (немесе Ctrl+Enter).",
        "running": "Орындалуда…",
        "done": "Орындалды. Код сіздің құрылғыңызда жұмыс істейді, ештеңе еш жаққа жіберілмейді.",
        "failed": (
            "Python іске қосылмады: {reason}. Бетті қайта жүктеңіз; калькулятор беттері консольсіз де жұмыс істейді."
        ),
        "unavailable": (
            "Дискіден ашылған көшірмеде консоль жұмыс істемейді: браузер PyScript модульдерін файлдардан жүктемейді."
            " Бұл көшірмедегі калькуляторлар әдеттегідей жұмыс істейді; консоль үшін сайтты веб-мекенжай арқылы ашыңыз."
        ),
        "function": "Функция",
        "calculator": "Калькулятор",
    },
    "ky": {
        "examples": "Мисалдар",
        "code": "Python коду",
        "run": "Аткаруу",
        "output": "Натыйжа",
        "loading": "Python браузериңизде ишке кирүүдө: биринчи жолу 13 МБга жакын жүктөлөт, кийин кэштен алынат…",
        "ready": "Даяр: кодду өзгөртүп, «Аткаруу» баскычын басыңыз (же Ctrl+Enter).",
        "running": "Аткарылууда…",
        "done": "Аткарылды. Код сиздин түзмөгүңүздө иштейт, эч нерсе эч жакка жөнөтүлбөйт.",
        "failed": (
            "Python ишке кирген жок: {reason}. Баракты кайра жүктөңүз; калькулятор барактары консолсуз деле иштейт."
        ),
        "unavailable": (
            "Дисктен ачылган көчүрмөдө консоль иштебейт: браузер PyScript модулдарын файлдардан жүктөбөйт."
            " Бул көчүрмөдөгү калькуляторлор кадимкидей иштейт; консоль үчүн сайтты веб-дарек аркылуу ачыңыз."
        ),
        "function": "Функция",
        "calculator": "Калькулятор",
    },
    "en": {
        "examples": "Examples",
        "code": "Python code",
        "run": "Run",
        "output": "Output",
        "loading": "Python is starting in your browser: about 13 MB the first time, from the cache after that…",
        "ready": "Ready: change the code and press Run (or Ctrl+Enter).",
        "running": "Running…",
        "done": "Done. The code runs on your device; nothing is sent anywhere.",
        "failed": "Python could not start: {reason}. Reload the page; the calculators' pages work without the console.",
        "unavailable": (
            "The console does not work in a copy opened from disk: the browser will not load PyScript's modules from"
            " files. The calculators in this copy work as usual; for the console, open the site at its web address."
        ),
        "function": "Function",
        "calculator": "Calculator",
    },
}

# The ready examples: (id, button title, code). The code is the same in every language; the comments, the words
# it prints and the amounts written as people type them follow the page. tests/test_console.py runs every one.
EXAMPLES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "duty",
            "Duty with your figures",
            """\
# State duty on a claim filed by an individual on 10 March 2026:
# 2 500 000 tenge of property demands and one non-property demand.
# Change the figures or the date and press Run (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # or "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("To pay:", result["total"], result["currency"])
""",
        ),
        (
            "loop",
            "A table of amounts in a loop",
            """\
# One claim amount after another: the duty for an individual and for a company,
# printed as a small table.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Claim, tenge':>14} {'Individual':>12} {'Company':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    print(f"{amount:>14,} {duty['individual']:>12} {duty['legal_entity']:>12}")
""",
        ),
        (
            "errors",
            "Errors in the input",
            """\
# Amounts may be written the way people type them. What a calculator cannot read
# comes back as InputError, with the message in this page's language.
for amount in ["1 000 000", "1,000,000.50", "one million", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# An error nobody catches stops the run; its message is the last line below.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
""",
        ),
        (
            "steps",
            "Steps and sources",
            """\
# A result is a dict: "total", "steps" (each with its formula and legal basis),
# "warnings" and "citations" (the basis ids spelled out).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["en"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    basis:", cited["short"]["en"] + ",", cited["label"]["en"])

# The result also carries the next calculator's input for the same case:
# here, the refund of the duty after a settlement in the first instance.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Refund:", refund["total"], refund["currency"])
""",
        ),
    ],
    "ru": [
        (
            "duty",
            "Пошлина по вашим цифрам",
            """\
# Госпошлина по иску физического лица, поданному 10 марта 2026 года:
# имущественные требования на 2 500 000 тенге и одно неимущественное.
# Измените суммы или дату и нажмите «Выполнить» (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # или "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("К уплате:", result["total"], result["currency"])
""",
        ),
        (
            "loop",
            "Таблица сумм в цикле",
            """\
# Одна сумма иска за другой: пошлина для физического и для юридического лица
# выводится небольшой таблицей.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Иск, тенге':>14} {'Физлицо':>12} {'Юрлицо':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    shown = f"{amount:>14,}".replace(",", " ")
    print(f"{shown} {duty['individual']:>12} {duty['legal_entity']:>12}")
""",
        ),
        (
            "errors",
            "Ошибки во вводе",
            """\
# Суммы можно писать так, как их обычно набирают. То, что калькулятор прочитать
# не может, возвращается как InputError с сообщением на языке этой страницы.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Ошибка, которую никто не перехватил, останавливает выполнение;
# её сообщение — последняя строка вывода.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
""",
        ),
        (
            "steps",
            "Шаги и источники",
            """\
# Результат — это словарь: «total», «steps» (у каждого шага формула и правовое
# основание), «warnings» и «citations» (расшифровка оснований).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["ru"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    основание:", cited["short"]["ru"] + ",", cited["label"]["ru"])

# В результате есть и входные данные следующего калькулятора по тому же делу:
# здесь — возврат пошлины после мирового соглашения в первой инстанции.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Возврат:", refund["total"], refund["currency"])
""",
        ),
    ],
    "kk": [
        (
            "duty",
            "Өз сандарыңызбен баж",
            """\
# Жеке тұлғаның 2026 жылғы 10 наурызда берген талап қоюы бойынша мемлекеттік баж:
# 2 500 000 теңгелік мүліктік талаптар және бір мүліктік емес талап.
# Сомаларды немесе күнді өзгертіп, «Орындау» батырмасын басыңыз (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # немесе "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("Төленетін сома:", result["total"], result["currency"])
""",
        ),
        (
            "loop",
            "Циклдегі сомалар кестесі",
            """\
# Талап сомалары бірінен соң бірі: жеке тұлға мен заңды тұлға үшін баж
# шағын кесте түрінде шығады.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Талап, теңге':>14} {'Жеке тұлға':>12} {'Заңды тұлға':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    shown = f"{amount:>14,}".replace(",", " ")
    print(f"{shown} {duty['individual']:>12} {duty['legal_entity']:>12}")
""",
        ),
        (
            "errors",
            "Енгізудегі қателер",
            """\
# Сомаларды әдетте қалай терсеңіз, солай жазуға болады. Калькулятор оқи алмаған
# мән InputError ретінде осы беттің тіліндегі хабарламамен қайтарылады.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Ешкім ұстамаған қате орындауды тоқтатады;
# оның хабарламасы нәтиженің соңғы жолында шығады.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
""",
        ),
        (
            "steps",
            "Қадамдар мен дереккөздер",
            """\
# Нәтиже — сөздік (dict): «total», «steps» (әр қадамның формуласы мен құқықтық
# негізі бар), «warnings» және «citations» (негіздердің толық атауы).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["kk"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    негіз:", cited["short"]["kk"] + ",", cited["label"]["kk"])

# Нәтижеде осы іс бойынша келесі калькулятордың кіріс деректері де бар:
# мұнда — бірінші сатыда татуласу келісімінен кейін бажды қайтару.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Қайтарылатын сома:", refund["total"], refund["currency"])
""",
        ),
    ],
    "ky": [
        (
            "duty",
            "Өз сандарыңыз менен алым",
            """\
# Жеке адамдын 2026-жылдын 10-мартында берген доосу боюнча мамлекеттик алым:
# 2 500 000 теңгелик мүлктүк талаптар жана бир мүлктүк эмес талап.
# Суммаларды же датаны өзгөртүп, «Аткаруу» баскычын басыңыз (Ctrl+Enter).
result = kz_state_duty(
    date="2026-03-10",
    payer="individual",  # же "legal_entity", "sole_proprietor", "farm"
    claims=[
        {"type": "property", "amount": 2_500_000},
        {"type": "non_property"},
    ],
)
show(result)
print()
print("Төлөнө турган сумма:", result["total"], result["currency"])
""",
        ),
        (
            "loop",
            "Циклдеги суммалар таблицасы",
            """\
# Доонун суммалары биринин артынан бири: жеке адам жана юридикалык жак үчүн алым
# кичинекей таблица түрүндө чыгат.
amounts = [100_000, 1_000_000, 10_000_000, 100_000_000]
print(f"{'Доо, теңге':>14} {'Жеке адам':>12} {'Юр. жак':>12}")
for amount in amounts:
    duty = {}
    for payer in ("individual", "legal_entity"):
        claims = [{"type": "property", "amount": amount}]
        duty[payer] = kz_state_duty(date="2026-03-10", payer=payer, claims=claims)["total"]
    shown = f"{amount:>14,}".replace(",", " ")
    print(f"{shown} {duty['individual']:>12} {duty['legal_entity']:>12}")
""",
        ),
        (
            "errors",
            "Киргизүүдөгү каталар",
            """\
# Суммаларды адатта кандай терсеңиз, ошондой жазсаңыз болот. Калькулятор окуй
# албаган маани InputError катары ушул барактын тилиндеги билдирүү менен кайтат.
for amount in ["1 000 000", "1 000 000,50", "миллион", -5]:
    try:
        result = kz_state_duty(date="2026-03-10", claims=[{"type": "property", "amount": amount}])
        print(repr(amount), "→", result["total"])
    except InputError as error:
        print(repr(amount), "→", error)

# Эч ким кармабаган ката аткарууну токтотот;
# анын билдирүүсү натыйжанын акыркы сабында чыгат.
kz_state_duty(date="30.02.2026", claims=[{"type": "property", "amount": 1_000_000}])
""",
        ),
        (
            "steps",
            "Кадамдар жана булактар",
            """\
# Натыйжа — сөздүк (dict): «total», «steps» (ар бир кадамдын формуласы жана
# укуктук негизи бар), «warnings» жана «citations» (негиздердин толук аталышы).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["ky"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    негиз:", cited["short"]["ky"] + ",", cited["label"]["ky"])

# Натыйжада ошол эле иш боюнча кийинки калькулятордун кирүүчү маалыматтары да бар:
# бул жерде — биринчи инстанцияда элдешүү келишиминен кийин алымды кайтаруу.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Кайтарылат:", refund["total"], refund["currency"])
""",
        ),
    ],
}


def config(root: str) -> dict[str, object]:
    """PyScript's settings for the page: the site's own Pyodide and calculators archive, by relative URL."""
    # Pyodide's own pyodide.mjs in its version folder, not the assets/pyodide/pyodide.mjs that re-exports it:
    # PyScript takes the module's folder as the place of Pyodide's other files.
    return {
        "interpreter": f"{root}assets/pyodide/{bundle.PYODIDE_VERSION}/pyodide.mjs",
        "files": {f"{root}assets/calculators.zip": "./*"},
    }


def render(lang: str, root: str, links: dict[str, str], offline: bool) -> str:
    """The console for one page: examples, editor, Run, output, the list of functions; PyScript unless offline.

    ``root`` is the relative way up to the site root; ``links`` maps ``calc:<id>`` to the calculators' pages.
    The offline copy (file://) cannot load PyScript's ES modules, so it shows the examples and says why.
    """
    examples = EXAMPLES[lang]
    data = {
        "lang": lang,
        "root": root,
        "state": "unavailable" if offline else "loading",
        "status": UI[lang]["unavailable"] if offline else UI[lang]["loading"],
        "examples": examples,
        "height": max(code.count("\n") for _, _, code in examples) + 2,
        "functions": [
            (calc_id.replace("-", "_"), calc.title[lang], links.get(f"calc:{calc_id}", ""))
            for calc_id, calc in calculators().items()
        ],
        "settings": "" if offline else json.dumps(config(root), separators=(",", ":")),
    }
    return str(macro("console.html", "console")(data, UI[lang]))


def write_runtime(site_dir: Path) -> None:
    """Copy the PyScript files the console loads (from the pinned npm package) to ``assets/pyscript/``."""
    target = site_dir / "assets" / "pyscript"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for pattern in PYSCRIPT_FILES:
        found = sorted(PYSCRIPT_DIST.glob(pattern))
        if len(found) != 1:
            raise FileNotFoundError(f"{PYSCRIPT_DIST}/{pattern}: {len(found)} files (run ./scripts/setup; upgrade?)")
        shutil.copyfile(found[0], target / found[0].name)
    shutil.copyfile(PYSCRIPT_DIST.parent / "LICENSE", target / "LICENSE")
