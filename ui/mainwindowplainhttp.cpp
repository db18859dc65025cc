// The main window's warning for plain http:// (kept apart: mainwindow.cpp is long enough).
#include "api/exotelclient.h"
#include "common/banner.h"
#include "mainwindow.h"

#include <QVBoxLayout>

namespace exotrunk::ui {

// Plain http:// is accepted only for loopback addresses (ClientConfig::checkBaseUrl), for test
// servers on this computer; for a real account the token would still cross it unencrypted, so
// the window says so for as long as such a connection lasts. The sandbox needs no warning.
void MainWindow::applyPlainHttpBanner() {
    const QUrl url = m_client ? m_client->config().baseUrl : QUrl();
    const bool plain = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    if (!plain || m_info.sandbox) {
        if (m_plainHttpBanner)
            m_plainHttpBanner->hide();
        return;
    }
    if (!m_plainHttpBanner) {
        // Built on first need: most connections are https and the window's first paint is
        // measured.
        m_plainHttpBanner = new Banner(Banner::Kind::Warning, centralWidget());
        m_plainHttpBanner->setObjectName(QStringLiteral("plainHttpBanner"));
        m_plainHttpBanner->setTitle(tr("Not encrypted"));
        if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
            layout->insertWidget(layout->indexOf(m_sandboxBanner) + 1, m_plainHttpBanner);
    }
    const QString server =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    m_plainHttpBanner->setText(
        tr("This account reaches %1 over plain http://: the API token and everything sent "
           "cross the connection unencrypted. Use https:// unless this is a test server on this "
           "computer.")
            .arg(server.toHtmlEscaped()));
    m_plainHttpBanner->setAccessibleName(tr("Warning: the connection is not encrypted"));
    m_plainHttpBanner->show();
}

} // namespace exotrunk::ui
