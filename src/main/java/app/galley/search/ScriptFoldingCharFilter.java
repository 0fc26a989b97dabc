package app.galley.search;

import app.galley.text.ChineseScripts;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds Traditional Chinese characters to their Simplified forms as text is read, one character for
 * one, so offsets need no correction and snippets still show the text as written.
 */
final class ScriptFoldingCharFilter extends CharFilter {

    private final ChineseScripts tables = ChineseScripts.get();

    ScriptFoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = input.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            buf[i] = tables.fold(buf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
