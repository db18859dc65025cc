// The style's standard icons are read when drawn, not when a widget asks for them: building a
// main window with a menu bar, a toolbar and a filter with a clear button reads none, a hidden
// banner reads its icon when first shown, the sandbox banner has none — and an icon, once
// needed, is the base style's own.

#include "common/banner.h"
#include "common/deferrediconstyle.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>

using namespace exotrunk::ui;

namespace {

// Fusion, counting the standard icons it is asked for.
class CountingStyle : public QProxyStyle {
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override {
        ++asked;
        return QProxyStyle::standardIcon(which, option, widget);
    }
    mutable int asked = 0;
};

QImage imageOf(const QIcon &icon) {
    return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIcons : public QObject {
    Q_OBJECT
private slots:
    void init();
    void anIconIsReadOnceWhenFirstNeeded();
    void buildingAWindowReadsNoIcon();
    void aHiddenBannerReadsItsIconWhenShown();
    void theSandboxBannerHasNoIcon();
    void installKeepsTheChosenStyle();

private:
    CountingStyle *m_counting = nullptr;
};

void TestDeferredIcons::init() {
    m_counting = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(m_counting)); // owns m_counting
}

void TestDeferredIcons::anIconIsReadOnceWhenFirstNeeded() {
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QCOMPARE(m_counting->asked, 0);
    const QImage image = imageOf(icon);
    QCOMPARE(m_counting->asked, 1);
    QVERIFY(!icon.isNull());
    QCOMPARE(image, imageOf(m_counting->baseStyle()->standardIcon(QStyle::SP_MessageBoxWarning)));
    QCOMPARE(imageOf(icon), image); // read once
    QCOMPARE(m_counting->asked, 1);
    const QIcon copy = icon; // copies share what was read
    QVERIFY(!copy.availableSizes().isEmpty());
    QCOMPARE(m_counting->asked, 1);
}

void TestDeferredIcons::buildingAWindowReadsNoIcon() {
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&Console"));
    QToolBar *toolBar = window.addToolBar(QStringLiteral("Main"));
    toolBar->addAction(QStringLiteral("Refresh"));
    auto *filter = new QLineEdit;
    filter->setClearButtonEnabled(true);
    window.setCentralWidget(filter);
    window.resize(640, 480);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QCOMPARE(m_counting->asked, 0); // no overflow, nothing typed: no icon on screen

    // Typing shows the clear button, which draws its icon.
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("acme"));
    QTRY_VERIFY(m_counting->asked > 0);
}

void TestDeferredIcons::aHiddenBannerReadsItsIconWhenShown() {
    QWidget page;
    auto *banner = new Banner(Banner::Kind::Error, &page);
    banner->setText(QStringLiteral("Could not delete the trunk."));
    banner->hide();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(m_counting->asked, 0);
    banner->show();
    QCOMPARE(m_counting->asked, 1);
    auto *icon = banner->findChild<QLabel *>(QStringLiteral("bannerIcon"));
    QVERIFY(icon);
    QVERIFY(icon->isVisible());
    QCOMPARE(icon->pixmap().toImage().convertToFormat(QImage::Format_ARGB32),
             m_counting->baseStyle()
                 ->standardIcon(QStyle::SP_MessageBoxCritical)
                 .pixmap(QSize(1, 1) * banner->style()->pixelMetric(QStyle::PM_SmallIconSize))
                 .toImage()
                 .convertToFormat(QImage::Format_ARGB32));
    // A new kind while shown: its icon at once.
    banner->setKind(Banner::Kind::Info);
    QCOMPARE(m_counting->asked, 2);
}

void TestDeferredIcons::theSandboxBannerHasNoIcon() {
    Banner banner(Banner::Kind::Sandbox);
    banner.setText(QStringLiteral("Sandbox"));
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QCOMPARE(m_counting->asked, 0);
    auto *icon = banner.findChild<QLabel *>(QStringLiteral("bannerIcon"));
    QVERIFY(icon);
    QVERIFY(!icon->isVisible());
    // Turned into a warning, it shows one.
    banner.setKind(Banner::Kind::Warning);
    QVERIFY(icon->isVisible());
    QCOMPARE(m_counting->asked, 1);
}

void TestDeferredIcons::installKeepsTheChosenStyle() {
    QApplication::setStyle(QStringLiteral("Windows"));
    DeferredIconStyle::install();
    auto *installed = qobject_cast<DeferredIconStyle *>(QApplication::style());
    QVERIFY(installed);
    QCOMPARE(installed->baseStyle()->name().toLower(), QStringLiteral("windows"));
}

QTEST_MAIN(TestDeferredIcons)
#include "tst_deferredicons.moc"
