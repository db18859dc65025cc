#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace exotrunk {
class SectionModel;
}

namespace exotrunk::ui {

class StateView;

// One section of the details page: a heading with a count, a row for the section's actions
// (object name "<name>Actions" — editing actions are added there), and either the table or
// the section's own loading / empty / error state.
class SectionWidget : public QFrame {
    Q_OBJECT
public:
    // `name` is the object-name stem: "phoneNumbers" gives "phoneNumbersSection",
    // "phoneNumbersTable", "phoneNumbersActions", "phoneNumbersState".
    SectionWidget(SectionModel *model, const QString &name, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    StateView *stateView() const { return m_stateView; }
    QHBoxLayout *actionsLayout() const { return m_actions; }
    SectionModel *model() const { return m_model; }
    // The row in model() of the table's current row, -1 when there is none. The table shows the
    // model through a sorting proxy: a view row is never an index into the section's items.
    int currentSourceRow() const;
    // The rows in model() of every selected table row (several with Ctrl/Shift), ascending.
    QList<int> selectedSourceRows() const;

signals:
    // The table's current row changed, or went away when the section was reloaded: its row in
    // model(), or -1. Whatever acts on "the selected item" follows this, never a view row.
    void currentSourceRowChanged(int sourceRow);
    // The selection changed (or went away on a reload): selectedSourceRows().
    void selectedSourceRowsChanged(const QList<int> &sourceRows);
    // Delete pressed while the table has the focus: remove what is selected.
    void deleteRequested();

private:
    void updateState();

    SectionModel *m_model;
    QLabel *m_title;
    QLabel *m_count;
    QHBoxLayout *m_actions;
    QStackedWidget *m_stack;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    StateView *m_stateView;
};

} // namespace exotrunk::ui
