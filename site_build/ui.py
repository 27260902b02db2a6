"""Words of the calculator widget in the four languages: form controls, runtime states, the printed certificate.

The words of a result itself (headings, statuses) are the renderer's: ``calculators.result_words``.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "ru": {
        "calculate": "Рассчитать",
        "add": "Добавить",
        "remove": "Удалить",
        "item": "№",
        "example": "Пример, рассчитанный при сборке сайта. Измените данные — расчёт обновится в браузере.",
        "loading": "Загружается Python в браузере…",
        "ready": "Готово: расчёт идёт на вашем устройстве, данные никуда не отправляются.",
        "pending": "Считаем…",
        # A fault of the runtime (docs/assets/court-calc-faults.js): what failed, then what the page still shows.
        "fault_load": "Не удалось запустить расчёт в браузере: нужный ему файл не загрузился или повреждён.",
        "fault_crash": "Расчёт в браузере прервался: программа остановилась из-за сбоя или нехватки памяти.",
        "fault_timeout": "Расчёт не ответил за {seconds} с и был остановлен.",
        "fault_keep": (
            "Ниже — пример, рассчитанный при сборке сайта, а не ваш результат; введённые данные сохранены."
            " Нажмите «Повторить»."
        ),
        "fault_detail": "Подробности",
        "retry": "Повторить",
        "example_mark": "Пример, рассчитанный при сборке сайта, — не ваш результат",
        "invalid": "Исправьте выделенные поля.",
        "link_invalid": (
            "Данные из ссылки (?input=) не удалось прочитать: "
            "это не объект JSON с полями калькулятора. Заполните форму."
        ),
        "date_hint": "ДД.ММ.ГГГГ",
        "share": "Ссылка на этот расчёт",
        "copied": "Ссылка скопирована",
        "print": "Распечатать расчёт",
        "certificate": "Расчёт",
        "not_found": "Такой страницы на сайте нет.",
        "home": "Главная страница на русском",
        "inputs": "Исходные данные",
        "law_as_of": "Закон в редакции на",
        "address": "Адрес расчёта",
        "advice": (
            "Это не юридическая консультация: расчёт помогает проверить сумму, но"
            " не заменяет совета юриста и решения суда."
        ),
    },
    "kk": {
        "calculate": "Есептеу",
        "add": "Қосу",
        "remove": "Жою",
        "item": "№",
        "example": "Сайтты жинау кезінде есептелген мысал. Деректерді өзгертіңіз — есеп браузерде жаңарады.",
        "loading": "Браузерде Python жүктелуде…",
        "ready": "Дайын: есеп сіздің құрылғыңызда жүреді, деректер ешқайда жіберілмейді.",
        "pending": "Есептелуде…",
        "fault_load": "Браузерде есептеуді іске қосу мүмкін болмады: оған қажетті файл жүктелмеді немесе бүлінген.",
        "fault_crash": "Браузердегі есеп үзілді: бағдарлама қатеге немесе жадтың жетіспеуіне байланысты тоқтады.",
        "fault_timeout": "Есеп {seconds} секунд ішінде жауап бермеді және тоқтатылды.",
        "fault_keep": (
            "Төменде — сайтты жинау кезінде есептелген мысал, сіздің нәтижеңіз емес; енгізген деректеріңіз"
            " сақталды. «Қайталау» түймесін басыңыз."
        ),
        "fault_detail": "Толығырақ",
        "retry": "Қайталау",
        "example_mark": "Сайтты жинау кезінде есептелген мысал — сіздің нәтижеңіз емес",
        "invalid": "Белгіленген өрістерді түзетіңіз.",
        "link_invalid": (
            "Сілтемедегі деректерді (?input=) оқу мүмкін болмады: "
            "бұл калькулятор өрістері бар JSON нысаны емес. Пішінді толтырыңыз."
        ),
        "date_hint": "КК.АА.ЖЖЖЖ",
        "share": "Осы есепке сілтеме",
        "copied": "Сілтеме көшірілді",
        "print": "Есепті басып шығару",
        "certificate": "Есеп",
        "not_found": "Сайтта мұндай бет жоқ.",
        "home": "Қазақша басты бет",
        "inputs": "Бастапқы деректер",
        "law_as_of": "Заң мына күнгі редакцияда",
        "address": "Есептің мекенжайы",
        "advice": (
            "Бұл заң кеңесі емес: есеп соманы тексеруге көмектеседі, бірақ"
            " заңгердің кеңесін және соттың шешімін алмастырмайды."
        ),
    },
    "ky": {
        "calculate": "Эсептөө",
        "add": "Кошуу",
        "remove": "Өчүрүү",
        "item": "№",
        "example": "Сайтты түзүүдө эсептелген мисал. Маалыматтарды өзгөртүңүз — эсеп браузерде жаңырат.",
        "loading": "Браузерде Python жүктөлүүдө…",
        "ready": "Даяр: эсеп сиздин түзмөгүңүздө жүрөт, маалыматтар эч жакка жөнөтүлбөйт.",
        "pending": "Эсептелүүдө…",
        "fault_load": "Браузерде эсептөөнү иштетүү мүмкүн болгон жок: ага керектүү файл жүктөлгөн жок же бузулган.",
        "fault_crash": "Браузердеги эсеп үзүлдү: программа ката же эстутумдун жетишсиздиги себептүү токтоду.",
        "fault_timeout": "Эсеп {seconds} секунданын ичинде жооп берген жок жана токтотулду.",
        "fault_keep": (
            "Төмөндө — сайтты түзүүдө эсептелген мисал, сиздин жыйынтыгыңыз эмес; киргизген маалыматтарыңыз"
            " сакталды. «Кайталоо» баскычын басыңыз."
        ),
        "fault_detail": "Кененирээк",
        "retry": "Кайталоо",
        "example_mark": "Сайтты түзүүдө эсептелген мисал — сиздин жыйынтыгыңыз эмес",
        "invalid": "Белгиленген талааларды оңдоңуз.",
        "link_invalid": (
            "Шилтемедеги маалыматтарды (?input=) окуу мүмкүн болгон жок: "
            "бул калькулятордун талаалары бар JSON объектиси эмес. Форманы толтуруңуз."
        ),
        "date_hint": "КК.АА.ЖЖЖЖ",
        "share": "Бул эсепке шилтеме",
        "copied": "Шилтеме көчүрүлдү",
        "print": "Эсепти басып чыгаруу",
        "certificate": "Эсеп",
        "not_found": "Сайтта мындай барак жок.",
        "home": "Кыргызча башкы барак",
        "inputs": "Баштапкы маалыматтар",
        "law_as_of": "Мыйзам төмөнкү күнгө карата редакцияда",
        "address": "Эсептин дареги",
        "advice": (
            "Бул юридикалык кеңеш эмес: эсеп сумманы текшерүүгө жардам берет,"
            " бирок юристтин кеңешин жана соттун чечимин алмаштырбайт."
        ),
    },
    "en": {
        "calculate": "Calculate",
        "add": "Add",
        "remove": "Remove",
        "item": "No.",
        "example": "An example computed when the site was built. Change the inputs and it recomputes in your browser.",
        "loading": "Loading Python in the browser…",
        "ready": "Ready: the computation runs on your device; nothing you type is sent anywhere.",
        "pending": "Computing…",
        "fault_load": "The in-browser computation could not start: a file it needs did not load or is damaged.",
        "fault_crash": "The in-browser computation stopped: the program failed or ran out of memory.",
        "fault_timeout": "The computation gave no answer within {seconds} s and was stopped.",
        "fault_keep": (
            "Below is the example computed when the site was built, not your result; what you typed is kept."
            " Press “Retry”."
        ),
        "fault_detail": "Details",
        "retry": "Retry",
        "example_mark": "Example computed when the site was built — not your result",
        "invalid": "Correct the marked fields.",
        "link_invalid": (
            "The link's input (?input=) could not be read: "
            "it is not a JSON object with the calculator's fields. Fill in the form."
        ),
        "date_hint": "DD.MM.YYYY",
        "share": "Link to this computation",
        "copied": "Link copied",
        "print": "Print the computation",
        "certificate": "Computation",
        "not_found": "There is no such page on this site.",
        "home": "The home page in English",
        "inputs": "Inputs",
        "law_as_of": "Law as of",
        "address": "Address of this computation",
        "advice": (
            "This is not legal advice: the computation helps you check an amount;"
            " it does not replace a lawyer's advice or a court's decision."
        ),
    },
}
