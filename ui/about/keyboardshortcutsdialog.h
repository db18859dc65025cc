#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QTableWidget;

namespace exotrunk {

// Help → Keyboard shortcuts: a table of the actions the window passes in, read from the live
// QActions every time the dialog is shown, so it can never disagree with the real shortcuts.
class KeyboardShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The actions of a window in menu order (menu bar, then submenus depth-first), followed by
    // actions added to the window itself; separators and duplicates left out.
    static QList<QAction *> actionsOf(const QWidget *window);

    // What a row shows for an action: its text without mnemonics and ellipsis.
    static QString displayText(const QAction *action);

    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const QString &text);

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace exotrunk
