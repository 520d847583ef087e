package io.github.ebpf4j.vm.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits LLVM BPF assembly into statements of tokens, the way llvm-mc's lexer does for the BPF
 * target: {@code #} and {@code //} comments run to the end of the line, {@code /* ... * /}
 * comments may span lines, and a newline or {@code ;} ends a statement. Package-private: the
 * grammar lives in {@link Assembler}.
 */
final class AsmLexer {
    private AsmLexer() {}

    /** Token kinds. */
    enum Kind { IDENT, NUMBER, STRING, PUNCT }

    /**
     * @param kind kind
     * @param text text as written
     * @param line 1-based line
     * @param column 1-based column
     */
    record Token(Kind kind, String text, int line, int column) {
        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    /** Operators, longest first so that the first match is the longest. */
    private static final String[] PUNCT = {
        "<<=", ">>=", "+=", "-=", "*=", "/=", "|=", "&=", "%=", "^=", "==", "!=", ">=", "<=",
        ">", "<", "=", "&", "+", "-", "*", "(", ")", "[", "]", ",", ":", "/", "%", "|", "^", "!"
    };

    /** Operators that follow an {@code s} to make a signed one: {@code s>>=}, {@code s<}, ... */
    private static final String[] SIGNED = {">>=", ">=", "<=", "/=", "%=", ">", "<"};

    /**
     * @param text the source
     * @return its statements, each a non-empty list of tokens
     * @throws AssemblerException on a character that starts no token or an unterminated comment
     */
    static List<List<Token>> statements(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int col = i - lineStart + 1;
            if (c == '\n' || c == ';') {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) throw new AssemblerException(line, col, "unterminated /* comment");
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 2;
            } else if (Character.isLetter(c) || c == '_' || c == '.' || c == '$' || c == '@') {
                int start = i;
                while (i < n && isIdentPart(text.charAt(i))) i++;
                String word = text.substring(start, i);
                String signed = word.equals("s") ? signedOperator(text, i) : null;
                if (signed != null) {
                    current.add(new Token(Kind.PUNCT, "s" + signed, line, col));
                    i += signed.length();
                } else {
                    current.add(new Token(Kind.IDENT, word, line, col));
                }
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                current.add(new Token(Kind.NUMBER, text.substring(start, i), line, col));
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                int nl = text.indexOf('\n', i + 1);
                if (end < 0 || (nl >= 0 && nl < end)) throw new AssemblerException(line, col, "unterminated string");
                current.add(new Token(Kind.STRING, text.substring(i + 1, end), line, col));
                i = end + 1;
            } else {
                String p = punct(text, i);
                if (p == null) throw new AssemblerException(line, col, "unexpected character '" + c + "'");
                current.add(new Token(Kind.PUNCT, p, line, col));
                i += p.length();
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '@';
    }

    private static String signedOperator(String text, int i) {
        for (String s : SIGNED) if (text.startsWith(s, i)) return s;
        return null;
    }

    private static String punct(String text, int i) {
        for (String p : PUNCT) if (text.startsWith(p, i)) return p;
        return null;
    }
}
