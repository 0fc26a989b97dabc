package app.galley.bench;

import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.Extraction;
import java.nio.charset.StandardCharsets;

/**
 * Run in a JVM with {@code -Xmx256m}: builds a 10 MB news page (navigation, article, a long comment
 * thread, link lists) and extracts it. Exits 0 and prints the result if it fits the heap.
 */
public final class BigPageCheck {

    public static void main(String[] args) {
        int targetBytes = 10 * 1024 * 1024;
        StringBuilder html = new StringBuilder(targetBytes + 100_000);
        html.append("<!doctype html><html lang=en><head><title>Budget vote - The Ledger</title></head><body><nav>");
        for (int i = 0; i < 200; i++) {
            html.append("<a href='/section/").append(i).append("'>Section ").append(i).append("</a> ");
        }
        html.append("</nav><article><h1>Budget vote</h1>");
        for (int i = 0; i < 2000; i++) {
            html.append("<p>Paragraph ").append(i).append(" of the story: the council met again, argued about the ")
                    .append("schools, the buses and the bridge, and adjourned late in the evening.</p>");
        }
        html.append("</article><section class='comments'>");
        int i = 0;
        while (html.length() < targetBytes && i < 1_000_000) { // ASCII: chars are bytes
            for (int k = 0; k < 2000; k++, i++) {
                html.append("<div class='comment'><p>Reader ").append(i)
                        .append(" wrote: taxes, taxes, taxes; every year the same story and nothing changes.</p></div>");
            }
        }
        html.append("</section></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        html = null;
        long start = System.nanoTime();
        Extraction x = new ArticleExtractor().extract(bytes, null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        boolean ok = x.blocks().size() == 2000 && !x.text().contains("Reader ");
        System.out.printf("page %.1f MB, max heap %d MB, %d blocks, %d ms, %s%n", bytes.length / 1048576.0, maxHeap,
                x.blocks().size(), ms, ok ? "ok" : "WRONG RESULT");
        System.exit(ok ? 0 : 1);
    }
}
