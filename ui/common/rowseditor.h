#pragma once

#include "common/palettecolors.h"
#include "validation/validators.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace exotrunk::ui {

// The frame of a list of input rows (destinations, whitelist entries): a header, the rows, each
// with its fields, a Remove button, a validation message and a note line with an optional
// action button, and an "Add" button below. In SingleRow mode there is exactly one row, no
// Add/Remove, and object names carry no number (a wizard page with one entry).
//
// Object names: "<base>_<n>" with the 1-based row number in ManyRows mode; rows renumber when
// one is removed. Subclasses create the fields and name them (nameFields).
class RowsEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { SingleRow, ManyRows };

    int rowCount() const { return int(m_rows.size()); }
    Mode mode() const { return m_mode; }
    void removeRow(int index);

    // The validation line under a row's fields.
    void setRowValidity(int index, const Validity &validity);
    Validity rowValidity(int index) const { return m_rows.at(index).validity; }
    // The note line: a verdict-coloured text (offer, result) and the action button beside it.
    void setRowNote(int index, const Validity &validity);
    void setRowResult(int index, std::optional<Tone> tone, const QString &text,
                      const QString &toolTip = {});
    void setRowActionVisible(int index, bool visible);
    bool isRowActionVisible(int index) const;
    // Empty rows are ignored by the owners (and are always valid).
    virtual bool isRowEmpty(int index) const = 0;
    // The row's own rules (the API's, and no repeat of an earlier row); fine when empty.
    virtual Validity rowVerdict(int index) const = 0;
    // Every row that is not locked passes rowVerdict.
    bool isValid() const;
    // A locked row keeps its values and cannot be edited or removed (sent, or being sent).
    void setRowLocked(int index, bool locked);
    bool isRowLocked(int index) const { return m_rows.at(index).locked; }
    // Enables or disables every input (locked rows stay disabled) and the Add button.
    void setInputsEnabled(bool enabled);

    QPushButton *addButton() const { return m_add; }
    // The focusable widgets in screen order (rows, then the Add button), for a tab chain.
    QList<QWidget *> tabChain() const;

signals:
    void changed();
    void rowAdded(int index);
    void rowRemoved(int index);
    void rowActionClicked(int index);

protected:
    struct Column {
        QString title; // with a mnemonic, used as the field's buddy in SingleRow mode
        int width = 0; // fixed width in pixels; 0 stretches
    };
    struct Names {
        const char *addButton;
        QString addText;
        QString addAccessibleName;
        const char *container;
        const char *remove;
        QString removeToolTip;
        QString removeAccessibleName; // %1 = the row number, e.g. "Remove destination %1"
        const char *message;
        const char *note;
        const char *action;
        QString actionText;
        QString actionToolTip;
    };

    RowsEditor(Mode mode, Names names, QWidget *parent);

    // Called by the subclass's constructor once its columns are known.
    void setColumns(const QList<Column> &columns);
    // Adds a row around `fields` (created with `container` as parent, one per column) and
    // returns its index; the subclass keeps its typed pointers in the same order.
    QWidget *newContainer();
    int appendRow(QWidget *container, const QList<QWidget *> &fields);
    QWidget *container(int index) const { return m_rows.at(index).container; }
    int indexOfContainer(const QWidget *container) const;
    // Object name for `base` in this row: base_<n> or, in SingleRow mode, base.
    QString rowName(const char *base, int index) const;
    // The subclass names its fields and gives them accessible names for row `index`.
    virtual void nameFields(int index) = 0;
    // The subclass forgets its typed pointers for a removed row.
    virtual void forgetRow(int index) = 0;
    // How many rows the subclass holds fields for (one more while a row is being added).
    virtual int fieldRowCount() const = 0;
    // After any edit: shows each row's verdict, then emits changed().
    void refresh();
    void setFieldsEnabled(int index, bool enabled);

private:
    struct Row {
        QWidget *container = nullptr;
        QList<QWidget *> fields;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
        QLabel *note = nullptr;
        QPushButton *action = nullptr;
        Validity validity;
        bool locked = false;
    };
    void renumber();

    Mode m_mode;
    Names m_names;
    QList<Column> m_columns;
    QWidget *m_header = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
    bool m_enabled = true;
};

} // namespace exotrunk::ui
