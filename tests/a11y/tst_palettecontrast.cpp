// Colours derived from the palette keep WCAG AA contrast (4.5:1 for text) on a light palette and
// on a dark one: the status badges as they are painted, banner backgrounds, secondary text and
// the coloured error/warning/success messages of the dialogs.
#include "common/banner.h"
#include "common/palettecolors.h"
#include "common/statusbadgedelegate.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>
#include <QtTest>

using namespace exotrunk::ui;

Q_DECLARE_METATYPE(QPalette)

namespace {

const QList<Tone> allTones = {Tone::Success, Tone::Neutral, Tone::Warning, Tone::Danger,
                              Tone::Info};

QPalette lightPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The two colours of a rendered badge: its most frequent colour inside the pill (the fill,
// or the page behind an outline badge) and the colour of the text, the pixel that differs most
// from it. Antialiased edges lie between the two and are ignored.
std::pair<QColor, QColor> badgeColours(const QImage &image) {
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QColor text;
    double widest = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrastRatio(QColor(it.key()), QColor(background));
        if (ratio > widest) {
            widest = ratio;
            text = QColor(it.key());
        }
    }
    return {QColor(background), text};
}

QImage renderBadge(const QPalette &palette, bool active, bool enabled) {
    StatusBadge badge;
    badge.setPalette(palette);
    badge.setAutoFillBackground(true);
    badge.setStatus(active ? QStringLiteral("Active") : QStringLiteral("Inactive"), active);
    badge.setEnabled(enabled);
    badge.resize(badge.sizeHint());
    return badge.grab().toImage();
}

// The dark palette users give a Fusion application themselves (the widely copied
// QStyleFactory::create("Fusion") + QPalette recipe): only the main roles set, the rest left
// as Qt derives them. Not the project's own darkPalette().
QPalette userFusionDarkPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(53, 53, 53));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(25, 25, 25));
    p.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(53, 53, 53));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(42, 130, 218));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

// KDE's Breeze Dark colours, as a Plasma desktop hands them to a Qt application.
QPalette breezeDarkPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    const QColor window(0x31, 0x36, 0x3b), text(0xef, 0xf0, 0xf1);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    return p;
}

// Every palette the checks below run against: light, the project's dark one, and two dark
// palettes as users run them.
QList<std::pair<const char *, QPalette>> allPalettes() {
    return {{"light", lightPalette()},
            {"dark", darkPalette()},
            {"user Fusion dark", userFusionDarkPalette()},
            {"Breeze dark", breezeDarkPalette()}};
}

} // namespace

class TestPaletteContrast : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badgeTextOnFill();
    void renderedBadges_data();
    void renderedBadges();
    void bannerText_data();
    void bannerText();
    void secondaryAndToneText_data();
    void secondaryAndToneText();
    void toneTextFollowsThemeSwitch();
    void bannerFollowsThemeSwitch();
};

void TestPaletteContrast::initTestCase() {
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(!isDarkPalette(lightPalette()));
    QVERIFY(isDarkPalette(darkPalette()));
    QVERIFY(isDarkPalette(userFusionDarkPalette()));
    QVERIFY(isDarkPalette(breezeDarkPalette()));
    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
}

void TestPaletteContrast::badgeTextOnFill() {
    for (Tone tone : allTones) {
        const double ratio = contrastRatio(badgeText(tone), badgeFill(tone));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("tone %1: %2:1").arg(int(tone)).arg(ratio, 0, 'f', 2)));
    }
}

void TestPaletteContrast::renderedBadges_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("enabled");
    for (const auto &[name, palette] : allPalettes()) {
        QTest::addRow("%s active", name) << palette << true << true;
        QTest::addRow("%s inactive", name) << palette << false << true;
        QTest::addRow("%s active, being deleted", name) << palette << true << false;
        QTest::addRow("%s inactive, being deleted", name) << palette << false << false;
    }
}

void TestPaletteContrast::renderedBadges() {
    QFETCH(QPalette, palette);
    QFETCH(bool, active);
    QFETCH(bool, enabled);
    const QImage image = renderBadge(palette, active, enabled);
    QVERIFY(!image.isNull());
    const auto [background, text] = badgeColours(image);
    const double ratio = contrastRatio(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("text %1 on %2: %3:1")
                                          .arg(text.name(), background.name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestPaletteContrast::bannerText_data() {
    QTest::addColumn<QPalette>("palette");
    for (const auto &[name, palette] : allPalettes())
        QTest::newRow(name) << palette;
}

void TestPaletteContrast::bannerText() {
    QFETCH(QPalette, palette);
    for (Tone tone : allTones) {
        const QColor background = tintedBackground(palette, tone);
        const double ratio = contrastRatio(palette.color(QPalette::WindowText), background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                                              .arg(int(tone))
                                              .arg(background.name())
                                              .arg(ratio, 0, 'f', 2)));
    }
}

void TestPaletteContrast::secondaryAndToneText_data() {
    bannerText_data();
}

void TestPaletteContrast::secondaryAndToneText() {
    QFETCH(QPalette, palette);
    const double secondary = contrastRatio(secondaryText(palette), palette.color(QPalette::Base));
    QVERIFY2(secondary >= 4.5, qPrintable(QString::number(secondary)));
    for (Tone tone : allTones) {
        const QColor ink = toneText(palette, tone);
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = contrastRatio(ink, palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 as %2 on %3: %4:1")
                                                  .arg(int(tone))
                                                  .arg(ink.name(), palette.color(role).name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }
    // The tone is still recognisable: red stays reddest, green greenest.
    QVERIFY(toneText(palette, Tone::Danger).red() > toneText(palette, Tone::Danger).green());
    QVERIFY(toneText(palette, Tone::Success).green() > toneText(palette, Tone::Success).red());
}

// A message coloured under a light theme is recoloured when the desktop turns dark.
void TestPaletteContrast::toneTextFollowsThemeSwitch() {
    QApplication::setPalette(lightPalette());
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *message = new QLabel(QStringLiteral("That IP address is not valid."), &page);
    layout->addWidget(message);
    setToneText(message, Tone::Danger);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QColor onLight = message->palette().color(QPalette::WindowText);
    QVERIFY(contrastRatio(onLight, page.palette().color(QPalette::Window)) >= 4.5);

    QApplication::setPalette(darkPalette());
    // The new palette reaches the page, then the message, through posted events.
    QTRY_VERIFY(isDarkPalette(page.palette()));
    QTRY_VERIFY(message->palette().color(QPalette::WindowText) != onLight);
    const QColor onDark = message->palette().color(QPalette::WindowText);
    const double ratio = contrastRatio(onDark, page.palette().color(QPalette::Window));
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(onDark.name(), page.palette().color(QPalette::Window).name())
                            .arg(ratio, 0, 'f', 2)));

    setToneText(message, std::nullopt);
    QCOMPARE(message->palette().color(QPalette::WindowText),
             page.palette().color(QPalette::WindowText));
    QApplication::setPalette(lightPalette());
}

void TestPaletteContrast::bannerFollowsThemeSwitch() {
    QApplication::setPalette(lightPalette());
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *banner = new Banner(Banner::Kind::Error, &page);
    banner->setText(QStringLiteral("The trunks could not be loaded."));
    layout->addWidget(banner);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(isDarkPalette(page.palette()));
    QCoreApplication::processEvents();
    const QColor background = banner->palette().color(QPalette::Window);
    QVERIFY2(isDarkPalette(banner->palette()) || background.lightnessF() < 0.5,
             qPrintable(background.name()));
    const double ratio = contrastRatio(banner->palette().color(QPalette::WindowText), background);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    QApplication::setPalette(lightPalette());
}

QTEST_MAIN(TestPaletteContrast)
#include "tst_palettecontrast.moc"
