from hypothesis import given, strategies as st

from refs.bibfile import split_blocks


def kinds(text):
    return [(b.kind, b.line) for b in split_blocks(text)]


def test_blocks_and_lines():
    text = "% head\n@string{j = {J}}\n\n@article{a,\n title={T}}\n@comment{jabref-meta: x;}\n"
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["text", "string", "text", "entry", "text", "comment", "text"]
    assert [b.line for b in blocks if b.kind != "text"] == [2, 4, 6]
    assert blocks[3].key_hint == "a"
    assert "".join(b.raw for b in blocks) == text


def test_unclosed_block_fails_alone_and_the_rest_splits():
    text = "@article{a, title={T}\n@book{b, title={U}}\n"
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["failed", "entry", "text"]
    assert blocks[0].key_hint == "a"
    assert blocks[1].line == 2


def test_stray_at_and_parenthesised_entries():
    text = "The @ here is free text\n@article(x, title={a (b) c})\n"
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["text", "entry", "text"]
    assert blocks[1].raw == "@article(x, title={a (b) c})"


def test_at_sign_inside_a_value_stays_in_the_entry():
    text = "@misc{m, title={mail me @ {home}}, note={@article{not a block}}}\n"
    assert [b.kind for b in split_blocks(text)] == ["entry", "text"]


@given(st.text(alphabet="@{}()ab,= \n%\"#", max_size=200))
def test_split_is_lossless(text):
    assert "".join(b.raw for b in split_blocks(text)) == text
