#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QVBoxLayout;
class QTableView;
class QAction;
class QProgressBar;

namespace exotrunk {
class TrunkListModel;
class TrunkFilterProxyModel;
} // namespace exotrunk

namespace exotrunk::ui {

class Banner;
class StateView;
class TrunkActionsDelegate;

// The trunk list: a sortable, filterable table of the account's trunks with loading, empty,
// error and "could not refresh" states, a context menu and keyboard shortcuts.
class TrunkListPage : public QWidget {
    Q_OBJECT
public:
    explicit TrunkListPage(TrunkListModel *model, QWidget *parent = nullptr);

    // The table, the refresh banner and the message banner are built when first needed (the
    // table when the list first has rows), or when asked for here.
    QTableView *table();
    QLineEdit *filterEdit() const { return m_filter; }
    TrunkFilterProxyModel *proxy() const { return m_proxy; }
    Banner *refreshBanner();
    Banner *messageBanner();
    // "1 trunk could not be read…": shown while the last load left out trunks it could not read.
    Banner *unreadableBanner();
    StateView *stateView() const { return m_stateView; }
    QLabel *progressLabel() const { return m_progressLabel; }

    // The trunk of the current row, empty when none.
    TrunkSid currentTrunk() const;
    void selectTrunk(const TrunkSid &sid);
    void focusFilter();
    // Focus to the table, when it has been built.
    void focusTable();
    // A message above the table (e.g. a failed delete); hidden again with the × button.
    void showMessage(const QString &text, bool isError);
    void hideMessage();

signals:
    void openRequested(const exotrunk::TrunkSid &sid);
    void deleteRequested(const exotrunk::TrunkSid &sid);
    void createRequested();
    void openByIdRequested();
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void updateProgress(int loaded, int total);
    void updateCount();
    void updateUnreadable(int count);
    void showContextMenu(const QPoint &pos);
    TrunkSid trunkAt(const QModelIndex &proxyIndex) const;

    TrunkListModel *m_model;
    TrunkFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    QVBoxLayout *m_bannerArea;
    Banner *m_refreshBanner = nullptr;
    Banner *m_messageBanner = nullptr;
    Banner *m_unreadableBanner = nullptr;
    QStackedWidget *m_stack;
    QTableView *m_table = nullptr;
    StateView *m_stateView;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    TrunkActionsDelegate *m_actionsDelegate = nullptr;
    QAction *m_openAction;
    QAction *m_copySidAction;
    QAction *m_copySipAction;
    QAction *m_deleteAction;
};

} // namespace exotrunk::ui
