import pytest

from bot.emulator.telegram_html import EntityError, parse, utf16_length


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<b>bold</b> &amp; <i>it</i>", "bold & it"),
        ('<a href="https://example.org">link</a>', "link"),
        ('<pre><code class="language-python">x &lt; 1</code></pre>', "x < 1"),
        ('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', "st"),
        ("&#128512; &#x1F600; &quot;q&quot;", '😀 😀 "q"'),
    ],
)
def test_telegram_html_is_accepted(html: str, plain: str) -> None:
    assert parse(html) == plain


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ("1 < 2", "Can't find end of the tag"),
        ("salt & pepper", "Can't find end of the entity"),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("&nbsp;", "Unsupported HTML entity"),
        ('<b class="x">y</b>', 'Unsupported attribute "class" of tag "b"'),
        ("<a>nowhere</a>", "must have attribute href"),
    ],
)
def test_what_telegram_refuses_is_refused(html: str, problem: str) -> None:
    with pytest.raises(EntityError, match=problem):
        parse(html)


def test_length_is_counted_in_utf16_units() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("😀") == 2
