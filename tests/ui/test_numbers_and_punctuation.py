"""Shares, labelled values and cut choices as a reader of each language expects them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox

from fwgdesk.ui.widgets.charts import PieChartView
from fwgdesk.ui.widgets.combos import compact
from fwgdesk.ui.wording import labelled, percent, percent_affixes
from tests.ui.language import language, plain

NBSP = "\u00a0"
NARROW = "\u202f"  # French sets a colon and a percent sign apart with a narrow one


def test_a_share_is_written_as_each_language_writes_a_percentage(qapp: QApplication) -> None:
    expected = {"en": "40%", "zh": "40%", "ar": "40%", "fr": f"40{NARROW}%", "es": f"40{NBSP}%"}
    for code, written in expected.items():
        with language(qapp, code):
            assert percent(0.4) == written, f"{code}: {percent(0.4)!r}, not {written!r}"
    with language(qapp, "fr"):
        assert percent_affixes() == ("", f"{NARROW}%"), "a spin box's suffix not the French one"


def test_a_value_follows_its_label_with_the_languages_colon(qapp: QApplication) -> None:
    with language(qapp, "fr"):
        assert labelled("Une", "0") == f"Une{NARROW}: 0", labelled("Une", "0")
    with language(qapp, "zh"):
        assert labelled("一种", "0") == "一种：0", labelled("一种", "0")
    assert labelled("One", "0") == "One: 0", labelled("One", "0")


def test_a_pie_legend_is_punctuated_in_french(qapp: QApplication) -> None:
    with language(qapp, "fr"):
        chart = PieChartView("Points focaux par genre")
        chart.set_data([("Femmes", 1), ("Hommes", 3)])
        legends = [plain(piece.label()) for piece in chart.series.slices()]
    expected = [f"Femmes{NARROW}: 1 (25{NARROW}%)", f"Hommes{NARROW}: 3 (75{NARROW}%)"]
    assert legends == expected, legends


def test_a_cut_choice_is_read_whole_in_its_tooltip(qapp: QApplication) -> None:
    combo = compact(QComboBox())
    combo.addItems(["Tous les articles du Protocole", "Article 5"])
    assert combo.toolTip() == "Tous les articles du Protocole", combo.toolTip()
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "Article 5", f"the tooltip not following: {combo.toolTip()}"


def test_a_target_number_reads_in_order_in_an_arabic_title(qapp: QApplication) -> None:
    """After an Arabic letter "16-4" is two Arabic numbers and a neutral hyphen, shown
    "4-16" unless the number is kept left to right."""
    from fwgdesk.domain.languages import Shown
    from fwgdesk.ui.catalogue_text import shown_html, shown_text, themes_text

    title = "للحد من التدفقات غير المشروعة (الغاية 16-4)"
    kept = "\u202a16-4\u202c"
    with language(qapp, "ar"):
        shown = Shown(title, "ar", in_reader_language=True)
        assert kept in shown_text(shown), repr(shown_text(shown))
        assert kept in shown_html(shown), repr(shown_html(shown))
        assert kept in themes_text({"sdg": "الغاية 16-4"}, ["sdg"])
    latin = shown_text(Shown("Target 16.4", "en", in_reader_language=True))
    assert latin == "Target 16.4", f"a Latin title changed: {latin!r}"


def test_a_share_in_an_arabic_legend_keeps_its_percent_sign_after_the_number(
    qapp: QApplication,
) -> None:
    """After an Arabic label the digits are Arabic numbers, and "100%" read "%100"."""
    with language(qapp, "ar"):
        chart = PieChartView("جهات الوصل حسب نوع الجنس")
        chart.set_data([("أنثى", 1)])
        (legend,) = [piece.label() for piece in chart.series.slices()]
    assert "\u20681 (100%)\u2069" in legend, f"the figures not set apart: {legend!r}"


def test_sentences_follow_each_other_as_the_language_sets_them(qapp: QApplication) -> None:
    from fwgdesk.ui.wording import sentences

    parts = ["第一句。", "第二句。", "第三句。"]
    with language(qapp, "zh"):
        assert sentences(parts) == "第一句。第二句。第三句。", sentences(parts)
    assert sentences(["One.", "Two."]) == "One. Two.", sentences(["One.", "Two."])
    assert sentences([]) == "", "no sentence is no text"
