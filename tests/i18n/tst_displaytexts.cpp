// What the trunk list and the details page show for values the API sends: its words ("active",
// "disabled", "auto", "IP-WHITELIST") as translated display texts, with the raw word kept as data
// or tooltip and an unknown word shown as sent; moments in the locale's format, with seconds.
// A marking translator ("[xx] <source>") shows which texts went through translation; the Hindi
// catalogue lags behind new strings.
#include "datetimetext.h"
#include "domain/trunkvalues.h"
#include "trunkdetails/trunkdetailspage.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace exotrunk;
using namespace exotrunk::ui;

namespace {

const QString kMark = QStringLiteral("[xx] ");

class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return kMark + QString::fromUtf8(sourceText);
    }
};

Trunk trunkWith(const QString &status, const QString &onOff, const QString &edge,
                const QString &auth) {
    Trunk t;
    t.sid = TrunkSid(QStringLiteral("trmum1display"));
    t.name = QStringLiteral("display_test");
    t.domainName = QStringLiteral("acme1.pstn.exotel.com");
    t.status = status;
    t.registrationEnabled = onOff;
    t.secureTrunking = onOff;
    t.edgePreference = edge;
    t.authType = auth;
    t.nsoCode = QStringLiteral("ANY-ANY");
    t.created = QDateTime(QDate(2026, 1, 23), QTime(9, 24, 59), Qt::UTC);
    t.updated = QDateTime(QDate(2026, 1, 24), QTime(17, 5, 7), Qt::UTC);
    return t;
}

} // namespace

class TestDisplayTexts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void knownValuesAreTranslated();
    void unknownValuesAreShownAsSent();
    void trunkListShowsStatusInWords();
    void detailsPageShowsValuesInWords();
    void detailsPageShowsUnknownValuesAsSent();
    void datesFollowTheLocaleWithSeconds_data();
    void datesFollowTheLocaleWithSeconds();

private:
    MarkingTranslator m_translator;
};

void TestDisplayTexts::initTestCase() {
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestDisplayTexts::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

void TestDisplayTexts::knownValuesAreTranslated() {
    QCOMPARE(trunkvalues::status(QStringLiteral("active")), kMark + QStringLiteral("Active"));
    QCOMPARE(trunkvalues::status(QStringLiteral("INACTIVE")), kMark + QStringLiteral("Inactive"));
    QCOMPARE(trunkvalues::status(QString()), kMark + QStringLiteral("Unknown"));
    QCOMPARE(trunkvalues::enabledState(QStringLiteral("enabled")),
             kMark + QStringLiteral("Enabled"));
    QCOMPARE(trunkvalues::enabledState(QStringLiteral("disabled")),
             kMark + QStringLiteral("Disabled"));
    QCOMPARE(trunkvalues::edgePreference(QStringLiteral("auto")),
             kMark + QStringLiteral("Automatic"));
    QCOMPARE(trunkvalues::authType(QStringLiteral("IP-WHITELIST")),
             kMark + QStringLiteral("IP whitelist"));
}

void TestDisplayTexts::unknownValuesAreShownAsSent() {
    QCOMPARE(trunkvalues::status(QStringLiteral("suspended")), QStringLiteral("suspended"));
    QCOMPARE(trunkvalues::enabledState(QStringLiteral("pending")), QStringLiteral("pending"));
    QCOMPARE(trunkvalues::edgePreference(QStringLiteral("mumbai-1")), QStringLiteral("mumbai-1"));
    QCOMPARE(trunkvalues::authType(QStringLiteral("CREDENTIALS")), QStringLiteral("CREDENTIALS"));
    QCOMPARE(trunkvalues::enabledState(QString()), QString());
}

void TestDisplayTexts::trunkListShowsStatusInWords() {
    TrunkListModel model;
    Trunk active = trunkWith(QStringLiteral("active"), {}, {}, {});
    Trunk odd = trunkWith(QStringLiteral("suspended"), {}, {}, {});
    odd.sid = TrunkSid(QStringLiteral("trmum1odd"));
    model.addOrUpdateTrunk(active);
    model.addOrUpdateTrunk(odd);
    const QModelIndex first =
        model.index(model.rowOfTrunk(active.sid), TrunkListModel::StatusColumn);
    QCOMPARE(first.data().toString(), kMark + QStringLiteral("Active"));
    QCOMPARE(first.data(TrunkListModel::StatusRole).toString(), QStringLiteral("active"));
    const QModelIndex second = model.index(model.rowOfTrunk(odd.sid), TrunkListModel::StatusColumn);
    QCOMPARE(second.data().toString(), QStringLiteral("suspended"));
}

void TestDisplayTexts::detailsPageShowsValuesInWords() {
    TrunkDetailsController controller;
    TrunkDetailsPage page(&controller);
    const Trunk t = trunkWith(QStringLiteral("inactive"), QStringLiteral("disabled"),
                              QStringLiteral("auto"), QStringLiteral("IP-WHITELIST"));
    controller.load(t.sid, t, false);
    const QList<std::pair<QString, QString>> shown = {
        {QStringLiteral("status"), QStringLiteral("Inactive")},
        {QStringLiteral("secureTrunking"), QStringLiteral("Disabled")},
        {QStringLiteral("registration"), QStringLiteral("Disabled")},
        {QStringLiteral("edgePreference"), QStringLiteral("Automatic")},
        {QStringLiteral("authType"), QStringLiteral("IP whitelist")},
    };
    for (const auto &[key, text] : shown) {
        QLabel *label = page.field(key);
        QVERIFY2(label, qPrintable(key));
        QCOMPARE(label->text(), kMark + text);
    }
    // The API's own word stays at hand.
    QVERIFY2(
        page.field(QStringLiteral("edgePreference"))->toolTip().contains(QLatin1String("auto")),
        qPrintable(page.field(QStringLiteral("edgePreference"))->toolTip()));
    QVERIFY(
        page.field(QStringLiteral("authType"))->toolTip().contains(QLatin1String("IP-WHITELIST")));
    // Values that are names, not words, are shown as they are.
    QCOMPARE(page.field(QStringLiteral("nsoCode"))->text(), QStringLiteral("ANY-ANY"));
}

void TestDisplayTexts::detailsPageShowsUnknownValuesAsSent() {
    TrunkDetailsController controller;
    TrunkDetailsPage page(&controller);
    const Trunk t = trunkWith(QStringLiteral("suspended"), QStringLiteral("pending"),
                              QStringLiteral("mumbai-1"), QStringLiteral("CREDENTIALS"));
    controller.load(t.sid, t, false);
    QCOMPARE(page.field(QStringLiteral("status"))->text(), QStringLiteral("suspended"));
    QCOMPARE(page.field(QStringLiteral("secureTrunking"))->text(), QStringLiteral("pending"));
    QCOMPARE(page.field(QStringLiteral("edgePreference"))->text(), QStringLiteral("mumbai-1"));
    QCOMPARE(page.field(QStringLiteral("authType"))->text(), QStringLiteral("CREDENTIALS"));
    QVERIFY(page.field(QStringLiteral("authType"))->toolTip().isEmpty());
}

void TestDisplayTexts::datesFollowTheLocaleWithSeconds_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
}

// Every place that shows a trunk's or an item's moment shows the locale's short date and its
// time with seconds, no time zone.
void TestDisplayTexts::datesFollowTheLocaleWithSeconds() {
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    const Trunk t = trunkWith(QStringLiteral("active"), {}, {}, {});
    const QDateTime local = t.created.toLocalTime();
    const QString date = locale.toString(local.date(), QLocale::ShortFormat);
    const QString minutesSeconds = local.time().toString(QStringLiteral("mm:ss"));
    const QString text = dateTimeText(t.created);
    QVERIFY2(text.startsWith(date), qPrintable(text + QStringLiteral(" / ") + date));
    QVERIFY2(text.contains(minutesSeconds), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("UTC")) && !text.contains(QLatin1String("GMT")),
             qPrintable(text));
    // The two locales differ, so the text really follows the locale.
    const QLocale other = locale.language() == QLocale::German
                              ? QLocale(QLocale::English, QLocale::UnitedStates)
                              : QLocale(QLocale::German, QLocale::Germany);
    QVERIFY(dateTimeText(t.created, other) != text);

    TrunkListModel list;
    list.addOrUpdateTrunk(t);
    QCOMPARE(list.index(0, TrunkListModel::CreatedColumn).data().toString(), text);
    QCOMPARE(list.index(0, TrunkListModel::UpdatedColumn).data().toString(),
             dateTimeText(t.updated));

    TrunkDetailsController controller;
    TrunkDetailsPage page(&controller);
    controller.load(t.sid, t, false);
    QCOMPARE(page.field(QStringLiteral("created"))->text(), text);
    QCOMPARE(page.field(QStringLiteral("updated"))->text(), dateTimeText(t.updated));

    PhoneNumber number;
    number.id = PhoneNumberId(QStringLiteral("7"));
    number.number = QStringLiteral("+918047091234");
    number.created = t.created;
    controller.phoneNumbers()->setItems({number});
    QCOMPARE(
        controller.phoneNumbers()->index(0, PhoneNumbersModel::CreatedColumn).data().toString(),
        text);
}

QTEST_MAIN(TestDisplayTexts)
#include "tst_displaytexts.moc"
