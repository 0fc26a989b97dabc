package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker patterns of issue 20, each on sentences written for the test, in both scripts. */
class SpeakerPatternsTest {

    private static List<String> speakers(String text) {
        return QuoteFinder.find(text).quotes().stream().map(Quote::speaker).toList();
    }

    @Test
    void aLongOfficeBeforeTheNameGivesTheNameNotAPieceOfTheOffice() {
        assertThat(speakers("「保護和發展必須結合起來。」長江流域漁政監督管理辦公室主任周建國說。")).containsExactly("周建國");
        assertThat(speakers("“保护和发展必须结合起来。”长江流域渔政监督管理办公室主任周建国说。")).containsExactly("周建国");
    }

    @Test
    void toldTheReporterWithoutATitle() {
        assertThat(speakers("湖北省監利市的退捕漁民張德福告訴記者：「以前一年能挣五六萬。」")).containsExactly("張德福");
    }

    @Test
    void theNameNearestTheVerbSpeaks() {
        assertThat(speakers("「最難的是頭一年。」張德福的妻子李秀英說。")).containsExactly("李秀英");
    }

    @Test
    void aPartialQuotationClosingIndirectSpeech() {
        assertThat(speakers("研究員王丁表示，電魚等違法行為隱蔽性強，「必須把打擊和宣傳結合起來」。"))
                .containsExactly("王丁");
        // a name in 「」 inside such a sentence is no quotation
        assertThat(QuoteFinder.find("研究員王丁表示，「長江大保護」計畫已經進入第二階段，成效明顯。").quotes()).isEmpty();
    }

    @Test
    void aSecondPersonsOwnSentenceAfterAQuotationDoesNotTakeIt() {
        // 吳婷婷 brings in her own view: the quotation is 周強's, who worries in the sentence it closes
        assertThat(speakers("家長們的看法並不一致。家長周強擔心孩子過度依賴機器，「作業要是都讓AI講，孩子還會自己想嗎？」"
                + "另一位家長吳婷婷則認為，關鍵在於老師怎麼用。")).containsExactly("周強");
        // the speaker going on after their own quotation is still its speaker
        assertThat(speakers("「我們會繼續努力。」縣長陳美玲說，未來還會增加班次。")).containsExactly("陳美玲");
    }

    @Test
    void accordingToSomeoneDescribedInAClause() {
        assertThat(speakers("According to Sam Patel, who heads the passengers' union, \"most commuters cannot afford this.\""))
                .containsExactly("Sam Patel");
    }

    @Test
    void whatSomeoneCalledAThing() {
        assertThat(speakers("Mayor Jim Bell called the vote \"a turning point for the city.\"")).containsExactly("Jim Bell");
        // a name given by no one in particular is no quotation
        assertThat(QuoteFinder.find("Residents formed a group called \"Save Main Street\" last year.").quotes()).isEmpty();
    }

    @Test
    void aPronounAfterAnOfficialWhoIsNotNamedIsNotTheLastPersonNamed() {
        assertThat(speakers("“老人上下楼方便多了。”北京市朝阳区居民张桂兰说。\n\n对于资金来源，财政部有关负责人表示，中央财政将继续"
                + "给予支持。他强调：“地方也要加大投入。”")).containsExactly("张桂兰", null);
    }

    @Test
    void aSpeakerNamedAtAParagraphsStartSpeaks() {
        assertThat(speakers("颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班。\n\n陳世凱說：「高鐵應該早點宣布。」"
                + "\n\n李大同質疑：「高鐵為何不早點宣布？」")).containsExactly("陳世凱", "李大同");
    }

    @Test
    void commonTaiwaneseSurnamesAndALegislatorsTitle() {
        assertThat(speakers("對此，國民黨立委洪孟楷質疑：「高鐵為何不早點宣布？」")).containsExactly("洪孟楷");
        assertThat(speakers("行政院長賴志明表示：「我們會全力協助。」")).containsExactly("賴志明");
    }

    @Test
    void foreignMinistersAfterTheirTitlesAndAnAdverbOfTwoCharacters() {
        // a transliterated name whose first character is no common surname, after a title the list lacked
        assertThat(speakers("美國國務卿魯比歐（Marco Rubio）週二在華府表示，「美國不會在關稅問題上讓步」。"))
                .containsExactly("魯比歐");
        // a Japanese name the recogniser gives, with 隨後 between it and the verb
        assertThat(speakers("日本外務大臣岩屋毅隨後回應：「日方將以冷靜的態度處理。」")).containsExactly("岩屋毅");
        // names the recogniser reads as Chinese or not at all, right after a title
        assertThat(speakers("法國外長巴侯表示：「法國準備好了。」")).containsExactly("巴侯");
        assertThat(speakers("美國財政部長貝森特受訪時說：「關稅談判仍在進行。」")).containsExactly("貝森特");
    }

    @Test
    void aPartialQuotationClosingASentenceWhoseVerbHasAnAddressee() {
        assertThat(speakers("“近一周门诊量增加了三成以上。”徐保平说。他提醒家长，孩子出现高热应及时就医，“不要自行给孩子服用抗生素”。"))
                .containsExactly("徐保平", "徐保平");
    }

    @Test
    void someoneCalledBySurnameAndAWordOfAddressSpeaks() {
        assertThat(speakers("今年82歲的王老先生每天中午都在門口等便當。「他們來，我才有人說話。」王老先生說。")).containsExactly("王老先生");
        assertThat(speakers("一名台商陳先生（化名）向本報透露，客戶已在觀望。「大家都在觀望。」陳先生說。")).containsExactly("陳先生");
        assertThat(speakers("林小姐則表示：「排隊兩小時也值得。」")).containsExactly("林小姐");
    }

    @Test
    void aRecognisedNameDoesNotTakeTheFirstCharacterOfTheVerbAfterIt() {
        // HanLP reads 胡子健介 (a Japanese name) out of 胡子健介绍: the name is 胡子健
        assertThat(speakers("住房城乡建设部城市建设司副司长胡子健介绍，今年新开工加装电梯2.1万部。\n\n"
                + "“加装电梯是群众最关心的民生实事之一。”胡子健说，下一步将简化审批流程。")).containsExactly("胡子健");
    }

    @Test
    void aPersonIntroducedByAgeOrByTradeAndLessCommonVerbsOfSaying() {
        // "he" is the truck driver introduced with his age, not the economist quoted before him
        assertThat(speakers("\"Every day costs $40 million,\" said Ana Ruiz, an economist.\n\n"
                + "Truck driver Leon Marsh, 52, has been idle since the strike began. \"I've got a mortgage,\" he said."))
                .containsExactly("Ana Ruiz", "Leon Marsh");
        assertThat(speakers("\"Every day costs $40 million,\" said Ana Ruiz, an economist.\n\n"
                + "Leon Marsh, 52, has been idle since the strike began. \"I've got a mortgage,\" he said."))
                .containsExactly("Ana Ruiz", "Leon Marsh");
        assertThat(speakers("\"I'll believe it when the potholes are fixed,\" joked commuter Rachel Kim, 29."))
                .containsExactly("Rachel Kim");
    }

    @Test
    void aPartialQuotationAfterAVerbOfSayingIsOneEvenWhenNoOneIsNamed() {
        List<Quote> quotes = QuoteFinder.find("洪孟楷質疑：「高鐵為何不早點宣布？」民進黨立委則回應，「資訊要準確才能發布」。").quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("高鐵為何不早點宣布？", "資訊要準確才能發布");
        assertThat(quotes.get(1).speaker()).isNull(); // unnamed: no one's name is put on it
        // but a scare quote after a verb without a mark is still none
        assertThat(QuoteFinder.find("立委質疑「關注」不夠，要求說明。").quotes()).isEmpty();
    }

    @Test
    void aShortPhraseMayOpenTheSpeakersSentence() {
        assertThat(speakers("對此，中央水利署副署長王藝峰回應，經費已經核定，「不會有問題」。")).containsExactly("王藝峰");
        assertThat(speakers("对此，水利部副部长王建国回应，经费已经核定，“不会有问题”。")).containsExactly("王建国");
    }

    @Test
    void aCommonGivenNameThatOpensAVerbIsStillAName() {
        // 強 opens 強調; in 张强 it is the given name, and 表示 after it is not its third character
        assertThat(speakers("清华大学教授张强表示：“关键在于电网改造。”")).containsExactly("张强");
        assertThat(speakers("部長王丁強調：「關鍵在於電網改造。」")).containsExactly("王丁");
    }

    @Test
    void aPersonIntroducedWithALowerCaseRoleIsTheOneAPronounMeans() {
        // Dan Cole, named with his role and no verb of saying, is "He"; Liu stays "she" for later
        assertThat(speakers("\"This is not a decision we make lightly,\" Superintendent Karen Liu told the board.\n\n"
                + "Board member Dan Cole disagreed. He said the plan \"ignores working parents\" and would hurt families.\n\n"
                + "Liu said she would bring the plan back in April. \"We will listen first,\" she said."))
                .containsExactly("Karen Liu", "Dan Cole", "Karen Liu");
    }

    @Test
    void aColonAfterAClauseThatNamesOnePerson() {
        assertThat(speakers("Some, like retiree Sam Ortiz, welcomed the vote: \"I have lost two cars to this river.\""))
                .containsExactly("Sam Ortiz");
        // a name brought in by a colon is no quotation of the person before it
        assertThat(QuoteFinder.find("Retiree Sam Ortiz named his boat: \"Blue Sky\" and sailed off.").quotes()).isEmpty();
        // a quotation that ended its sentence is not the next sentence's appositive's
        assertThat(speakers("In a statement, the union said it \"welcomes a pause.\" Its president, Joe Banks, added: "
                + "\"Nobody wants to rush this.\"")).containsExactly(null, "Joe Banks");
    }

    @Test
    void aVerbWithAColonAfterAQuotationBringsInTheNextOne() {
        // 林美惠則笑說： introduces her own quotation; the one before is 陳建宏's, who said it with a colon too
        assertThat(speakers("影迷陳建宏和太太林美惠專程從高雄趕來。陳建宏說：「小時候每個週末都來。」林美惠則笑說：「他每次都睡著。」"))
                .containsExactly("陳建宏", "林美惠");
    }

    @Test
    void aQuotationStandingAloneAfterTheSpeakersOwnSentence() {
        // the sentence opens with a short phrase, and the verb's words follow it at once (no comma)
        assertThat(speakers("第三代經營者吳俊誠站在門口。對於戲院的未來，吳俊誠坦言還沒有答案。「走一步算一步吧。」"))
                .containsExactly("吳俊誠");
        // a short second part of a split quotation is speech, not a sign
        assertThat(speakers("\"Brazil needs two good harvests,\" said Carlos Mendes, a trader. \"That takes time.\""))
                .containsExactly("Carlos Mendes", "Carlos Mendes");
        assertThat(QuoteFinder.find("The sign read: \"Save Lincoln.\" Nobody listened.").quotes()).isEmpty();
    }

    @Test
    void aPronounAfterSomeoneWhoSpeaksWithoutANameIsNotTheLastNamedPersons() {
        assertThat(speakers("中国汽车工业协会副秘书长陈士华认为，下乡活动“拉动效果明显”。据乡镇干部介绍，今年已新建充电桩两百多个。"
                + "“年底前实现村村通。”他说。")).containsExactly("陈士华", null);
        assertThat(speakers("經銷商王大明說：「車好買。」一位不願具名的技師表示，零件很缺。「修車難。」他說。"))
                .containsExactly("王大明", null);
        // with no one between, the pronoun is the person named before
        assertThat(speakers("中国汽车工业协会副秘书长陈士华认为，下乡活动“拉动效果明显”。“年底前实现村村通。”他说。"))
                .containsExactly("陈士华", "陈士华");
    }

    @Test
    void aTitleQualifiedByTheWordsBeforeItIsNotPartOfTheName() {
        assertThat(speakers("Transportation Secretary Pete Buttigieg told CNN on Sunday that both sides \"need to get back to "
                + "the table.\" He added: \"We're pushing hard.\"")).containsExactly("Pete Buttigieg", "Pete Buttigieg");
        assertThat(speakers("\"We will not give in,\" said Foreign Minister Wang Yi.")).containsExactly("Wang Yi");
    }

    @Test
    void aNameInAppositionAfterARole() {
        assertThat(speakers("\"We will appeal,\" the group's lawyer, Maria Gomez, told reporters after the meeting."))
                .containsExactly("Maria Gomez");
        // a name first and its role in apposition, as before
        assertThat(speakers("\"We will appeal,\" Maria Gomez, the group's lawyer, told reporters.")).containsExactly("Maria Gomez");
    }

    @Test
    void aPartialQuotationInTheMiddleOfTheSpeakersSentence() {
        assertThat(speakers("部長王丁則表示，日本車企在美國的投資「非常令人鼓舞」，但他仍希望看到更多美國產品進入日本市場。"))
                .containsExactly("王丁");
        // a head of state the recogniser's own dictionary lacks, from the list of people in the news
        assertThat(speakers("川普則表示，日本車企在美國的投資「非常令人鼓舞」，但他仍希望看到更多美國產品進入日本市場。"))
                .containsExactly("川普");
        assertThat(speakers("“我们不会放弃。”泽连斯基在视频讲话中说。")).containsExactly("泽连斯基");
        // a term the sentence goes on from, or two characters, stay terms
        assertThat(QuoteFinder.find("部長王丁表示，「長江大保護」計畫成效明顯，「關注」很多。").quotes()).isEmpty();
    }

    @Test
    void pronounsAcrossParagraphsGoToTheLastPersonTheyFit() {
        String text = "教授王丁表示，人工智慧應當是老師的助手。\n\n「技術越先進，越需要老師把握方向。」他說。\n\n"
                + "她認為，「這件事沒有那麼簡單，不能只看分數」。";
        // 王丁 has been 他: 她 is no one named here, so the second quotation has no speaker rather than a wrong one
        assertThat(speakers(text)).containsExactly("王丁", null);
        // 陳美玲 has been 她: the next 他 passes over her to 李華, named before her
        String withHer = "校長李華補充了學校的做法。\n\n家長代表陳美玲也出席了座談會。\n\n"
                + "「孩子們需要的是陪伴。」她說。\n\n「這件事沒有那麼簡單，不能只看分數。」他說。";
        assertThat(speakers(withHer)).containsExactly("陳美玲", "李華");
        assertThat(speakers("Professor Jane Smith said the results were clear.\n\nMr. Tom Lee, the dean, agreed.\n\n"
                + "\"We have never seen anything like it,\" she said.")).containsExactly("Jane Smith");
    }

    @Test
    void aQuotationStandingAloneAfterTheSpeakersSentenceIsTheirs() {
        assertThat(speakers("縣長陳美玲表示，新線通車後，到台北最快只要兩小時。「年輕人回鄉工作，就不再是一句口號。」"))
                .containsExactly("陳美玲");
    }

    @Test
    void toldTheReporterAfterTheQuotation() {
        assertThat(speakers("“三年前全县只有两个充电站。”县发展改革委主任杨光明告诉记者。")).containsExactly("杨光明");
    }

    @Test
    void englishPeopleIntroducedByAnAppositiveOrAccordingTo() {
        assertThat(speakers("Nora Quinn, who runs a ferry on the lake, watched the storm roll in. \"We lost two days,\" she said."))
                .containsExactly("Nora Quinn");
        assertThat(speakers("Prices rose, according to harbor master Leo Brandt. \"It was a hard winter,\" Brandt said."))
                .containsExactly("Leo Brandt");
        assertThat(speakers("Costs are high, according to Mia Torres, an economist in Lisbon. \"Nobody expected it,\" Torres said."))
                .containsExactly("Mia Torres");
    }
}
