"""The Danish word frequencies the matcher reads (``names.lexicon``) are wordfreq's."""

from __future__ import annotations

import math
import subprocess
import sys

from indsigt.protect.names import lexicon


def test_the_table_read_from_the_file_is_wordfreqs_zipf_for_every_word() -> None:
    from wordfreq import get_frequency_dict, zipf_frequency

    freqs = get_frequency_dict("da")
    table = lexicon._freq_table()
    assert table.keys() == freqs.keys()
    assert len(table) > 20_000
    wrong = [w for w, f in freqs.items() if table[w] != round(math.log10(f) + 9, 2)]
    assert wrong == []
    for word in ("og", "hans", "holm", "mette", "sygeplejerske", "Skov", "kol"):
        assert lexicon.zipf(word) == zipf_frequency(word.lower(), "da"), word
    assert lexicon.zipf("xqzvbnw") == 0.0


def test_looking_up_a_word_does_not_import_wordfreq() -> None:
    # its import cost about 150 ms of a new process's first view
    code = (
        "import sys\n"
        "from indsigt.protect.names import zipf\n"
        "assert zipf('og') > 6\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
