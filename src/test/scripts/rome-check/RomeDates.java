import com.rometools.rome.io.impl.DateParser;
import java.util.*;
public class RomeDates {
    public static void main(String[] a) {
        String[] cases = {"01 Jan 04 19:48:21 GMT", "Fri,24 Nov 2023 18:28:36 -0000", "Thu, 01 Jan 2004 19:48:21 -01:01",
            "Thu, 01 Jan 2004 19:48:21 MET", "Thu, 01 Jan 2004 19:48:21 MEST", "Thu, 01 Jan 2004 19:48:21 ET",
            "Thu, 01 Jan 2004 19:48:21 Etc/GMT", "Thu, 01 Jan, 2004 19:48:21 GMT", "Sun Jan  4 16:29:06 2004",
            "Thu Aug 30 2012 17:26:16 +0200", "Wed Aug 29 17:26:16 +0000 2012", "2003-12-31 10:14:55Z", "2003-12", "2003",
            "Thu, 01 Jan 2004 25:14:00 GMT", "2004-01-01T10:61:00Z"};
        int ok = 0;
        for (String c : cases) {
            Date d = DateParser.parseDate(c, Locale.US);
            System.out.println((d == null ? "null" : d.toInstant().toString()) + "\t" + c);
        }
    }
}
