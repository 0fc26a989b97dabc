package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance with the date-parser cases of the feedparser project (tests/test_date_parsers.py in
 * kurtmckee/feedparser, BSD-2-Clause; the inputs and the instants it expects, restated here): every
 * date it reads gives the same instant, every one it refuses is refused. One case differs, on purpose
 * (ADR 22): "22013", which feedparser's W3C parser refuses as a year too long, is read as the 13th day
 * of 2022 as feedparser's own ISO 8601 parser (and so its whole parser) reads it; a single parser
 * cannot also read "03335" as 2003's 335th day and refuse it.
 */
class FeedDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Κυρ, 11 Ιούλ 2004 12:00:00 EST            | 2004-07-11T17:00:00Z
            2004-július-13T9:15-05:00                 | 2004-07-13T14:15:00Z
            -0312                                     | 2003-12-01T00:00:00Z
            031231                                    | 2003-12-31T00:00:00Z
            03-12-31                                  | 2003-12-31T00:00:00Z
            -03-12                                    | 2003-12-01T00:00:00Z
            03335                                     | 2003-12-01T00:00:00Z
            2003-12-31T10:14:55.1234Z                 | 2003-12-31T10:14:55Z
            2003-012-31T10:14:55+00:00                | 2003-12-31T10:14:55Z
            2004-05-25 오후 11:23:17                   | 2004-05-25T14:23:17Z
            2004년 05월 28일  01:31:15                  | 2004-05-27T16:31:15Z
            Fri, 2006/09/15 08:19:53 EDT              | 2006-09-15T12:19:53Z
            Thu, 30 Apr 2015 08:57:00 MET             | 2015-04-30T07:57:00Z
            Thu, 30 Apr 2015 08:57:00 MEST            | 2015-04-30T06:57:00Z
            Thu, 01 Jan 0100 00:00:01 +0100           | 0099-12-31T23:00:01Z
            Thu, 01 Jan 04 19:48:21 GMT               | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 GMT             | 2004-01-01T19:48:21Z
            Thu,  5 Apr 2012 10:00:00 GMT             | 2012-04-05T10:00:00Z
            Wed, 19 Aug 2009 18:28:00 Etc/GMT         | 2009-08-19T18:28:00Z
            Wed, 19 Feb 2012 22:40:00 GMT-01:01       | 2012-02-19T23:41:00Z
            Wed, 19 Feb 2012 22:40:00 -01:01          | 2012-02-19T23:41:00Z
            Mon, 13 Feb, 2012 06:28:00 UTC            | 2012-02-13T06:28:00Z
            Thu, 01 Jan 2004 00:00 GMT                | 2004-01-01T00:00:00Z
            Thu, 01 Jan 2004                          | 2004-01-01T00:00:00Z
            Mon, 26 January 2004 16:31:00 AT          | 2004-01-26T20:31:00Z
            Mon, 26 January 2004 16:31:00 ET          | 2004-01-26T21:31:00Z
            Mon, 26 January 2004 16:31:00 CT          | 2004-01-26T22:31:00Z
            Mon, 26 January 2004 16:31:00 MT          | 2004-01-26T23:31:00Z
            Mon, 26 January 2004 16:31:00 PT          | 2004-01-27T00:31:00Z
            Thu Aug 30 2012 17:26:16 +0200            | 2012-08-30T15:26:16Z
            Sun, 16 Dec 2012 1:2:3:4 GMT              | none
            Sun, 16 zzz 2012 11:47:32 GMT             | none
            Sun, Dec x 2012 11:47:32 GMT              | none
            Sun, 16 Dec zz 11:47:32 GMT               | none
            Sun, 16 Dec 2012 11:47:32 +zz:00          | none
            Sun, 16 Dec 2012 11:47:32 +00:zz          | none
            Sun, 99 Jun 2009 12:00:00 GMT             | none
            Sun, 31 Dec 9999 23:59:59 -9999           | none
            Sun Jan  4 16:29:06 2004                  | 2004-01-04T16:29:06Z
            Sun Jul 15 01:16:00 +0000 2012            | 2012-07-15T01:16:00Z
            2003-12-31T10:14:55Z                      | 2003-12-31T10:14:55Z
            2003-12-31T10:14:55-08:00                 | 2003-12-31T18:14:55Z
            2003-12-31T18:14:55+08:00                 | 2003-12-31T10:14:55Z
            2007-04-23T23:25:47.538+10:00             | 2007-04-23T13:25:47Z
            2003-12-31                                | 2003-12-31T00:00:00Z
            2003-12                                   | 2003-12-01T00:00:00Z
            2003                                      | 2003-01-01T00:00:00Z
            2004-02-28T18:14:55-08:00                 | 2004-02-29T02:14:55Z
            2003-02-28T18:14:55-08:00                 | 2003-03-01T02:14:55Z
            2000-02-28T18:14:55-08:00                 | 2000-02-29T02:14:55Z
            9999-12-31T23:59:59-99:99                 | none
            2003-12-31T25:14:55Z                      | none
            2003-12-31T10:61:55Z                      | none
            2003-12-31T10:14:61Z                      | none
            013                                       | none
            2013-01-27-01                             | none
            2013-01-28T11:30:00-06:00Textra           | none
            2013-xx-27                                | none
            2013-01-28T09:xx:00Z                      | none
            2013-01-28T09:00:00+00:xx                 | none
            2004-07-08 23:56:58 -00:20                | 2004-07-09T00:16:58Z
            2004-07-08 23:56:58                       | 2004-07-08T23:56:58Z
            2004-07-08 23:56:58.0                     | 2004-07-08T23:56:58Z
            """)
    void feedparsersCases(String input, String expected) {
        assertThat(FeedDates.parse(input)).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            22013                                     | 2022-01-13T00:00:00Z
            Fri,24 Nov 2023 18:28:36 -0000            | 2023-11-24T18:28:36Z
            2026-08-14 07:42:00                       | 2026-08-14T07:42:00Z
            2026-02-30                                | none
            Sat, 14 Aug 2026 25:14:00 GMT             | none
            Sat, 14 Aug 2026 10:61:00 GMT             | none
            Sat, 14 Aug 99 10:00:00 GMT               | 1999-08-14T10:00:00Z
            yesterday                                 | none
            ''                                        | none
            """)
    void theIssuesOwnCasesAndTheOneDifference(String input, String expected) {
        assertThat(FeedDates.parse(input)).isEqualTo(expected == null ? null : Instant.parse(expected));
    }
}
