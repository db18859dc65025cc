#include "common/rowseditor.h"
#include "common/validitylabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace exotrunk::ui {

namespace {

int removeWidth(const QWidget *w) {
    return w->fontMetrics().horizontalAdvance(RowsEditor::tr("Remove")) + 24;
}

// A removed row lives until the event loop deletes it; its names must not shadow the
// renumbered rows in the meantime.
void retire(QWidget *container) {
    container->hide();
    container->setObjectName(QString());
    for (QObject *child : container->findChildren<QObject *>())
        child->setObjectName(QString());
    container->deleteLater();
}

} // namespace

RowsEditor::RowsEditor(Mode mode, Names names, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_names(std::move(names)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), m_names.addText, this);
    m_add->setObjectName(QLatin1String(m_names.addButton));
    m_add->setAccessibleName(m_names.addAccessibleName);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    m_add->setVisible(mode == Mode::ManyRows);
    if (mode == Mode::SingleRow) // hidden: its mnemonic must not take one from the page
        m_add->setText(QString(m_names.addText).remove(QLatin1Char('&')));
}

void RowsEditor::setColumns(const QList<Column> &columns) {
    m_columns = columns;
    m_header = new QWidget(this);
    auto *h = new QHBoxLayout(m_header);
    h->setContentsMargins(0, 0, 0, 0);
    for (const Column &column : columns) {
        // In SingleRow mode the titles are the fields' labels (with their mnemonics).
        QString title = column.title;
        if (m_mode == Mode::ManyRows)
            title.remove(QLatin1Char('&'));
        auto *label = new QLabel(title, m_header);
        QFont bold = label->font();
        bold.setBold(m_mode == Mode::ManyRows);
        label->setFont(bold);
        if (column.width > 0)
            label->setFixedWidth(column.width);
        h->addWidget(label, column.width > 0 ? 0 : 1);
    }
    if (m_mode == Mode::ManyRows)
        h->addSpacing(removeWidth(this) + h->spacing());
    m_header->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_header);
}

QWidget *RowsEditor::newContainer() {
    return new QWidget(this);
}

int RowsEditor::appendRow(QWidget *rowContainer, const QList<QWidget *> &fields) {
    Row row;
    row.container = rowContainer;
    row.fields = fields;
    auto *v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    for (int i = 0; i < fields.size(); ++i) {
        const int width = i < m_columns.size() ? m_columns.at(i).width : 0;
        if (width > 0)
            fields.at(i)->setFixedWidth(width);
        h->addWidget(fields.at(i), width > 0 ? 0 : 1);
    }
    row.remove = new QToolButton(row.container);
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(m_names.removeToolTip);
    row.remove->setFixedWidth(removeWidth(this));
    row.remove->setVisible(m_mode == Mode::ManyRows);
    h->addWidget(row.remove);
    v->addLayout(h);
    row.message = messageLabel(QString(), row.container);
    v->addWidget(row.message);
    auto *noteLine = new QHBoxLayout;
    row.note = messageLabel(QString(), row.container);
    row.action = new QPushButton(m_names.actionText, row.container);
    row.action->setToolTip(m_names.actionToolTip);
    row.action->hide();
    noteLine->addWidget(row.note, 1);
    noteLine->addWidget(row.action, 0, Qt::AlignTop);
    v->addLayout(noteLine);
    m_rowsLayout->addWidget(row.container);
    row.container->show(); // at once, not on the layout's next pass: it is validated next

    if (m_mode == Mode::SingleRow) {
        const QList<QLabel *> titles = m_header->findChildren<QLabel *>();
        for (int i = 0; i < titles.size() && i < fields.size(); ++i)
            titles.at(i)->setBuddy(fields.at(i));
    }
    QWidget *c = row.container;
    connect(row.remove, &QToolButton::clicked, this, [this, c] {
        const int index = indexOfContainer(c);
        if (index >= 0)
            removeRow(index);
        m_add->setFocus(Qt::OtherFocusReason);
    });
    connect(row.action, &QPushButton::clicked, this, [this, c] {
        const int index = indexOfContainer(c);
        if (index >= 0)
            emit rowActionClicked(index);
    });
    m_rows.append(row);
    const int index = int(m_rows.size()) - 1;
    renumber();
    setFieldsEnabled(index, m_enabled);
    emit rowAdded(index);
    refresh();
    return index;
}

int RowsEditor::indexOfContainer(const QWidget *rowContainer) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == rowContainer)
            return i;
    }
    return -1;
}

void RowsEditor::removeRow(int index) {
    if (m_mode == Mode::SingleRow || index < 0 || index >= m_rows.size() ||
        m_rows.at(index).locked || !m_enabled)
        return;
    // The row's own Remove button may be the sender: deleted later, after it returns.
    retire(m_rows.takeAt(index).container);
    forgetRow(index);
    renumber();
    emit rowRemoved(index);
    refresh();
}

QString RowsEditor::rowName(const char *base, int index) const {
    if (m_mode == Mode::SingleRow)
        return QLatin1String(base);
    return QLatin1String(base) + QLatin1Char('_') + QString::number(index + 1);
}

void RowsEditor::renumber() {
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const int n = i + 1;
        r.container->setObjectName(rowName(m_names.container, i));
        r.remove->setObjectName(rowName(m_names.remove, i));
        r.remove->setAccessibleName(m_names.removeAccessibleName.arg(n));
        r.message->setObjectName(rowName(m_names.message, i));
        r.note->setObjectName(rowName(m_names.note, i));
        r.action->setObjectName(rowName(m_names.action, i));
        r.action->setAccessibleName(m_mode == Mode::ManyRows
                                        ? tr("%1, row %2").arg(m_names.actionText).arg(n)
                                        : m_names.actionText);
        nameFields(i);
    }
    if (m_header)
        m_header->setVisible(!m_rows.isEmpty());
}

void RowsEditor::setRowValidity(int index, const Validity &validity) {
    Row &r = m_rows[index];
    r.validity = validity;
    showValidity(r.message, r.locked ? Validity::ok() : validity);
}

void RowsEditor::setRowNote(int index, const Validity &validity) {
    showValidity(m_rows.at(index).note, validity);
}

void RowsEditor::setRowResult(int index, std::optional<Tone> tone, const QString &text,
                              const QString &toolTip) {
    QLabel *note = m_rows.at(index).note;
    setToneText(note, tone);
    note->setText(text);
    note->setToolTip(toolTip);
    note->setVisible(!text.isEmpty());
}

void RowsEditor::setRowActionVisible(int index, bool visible) {
    m_rows.at(index).action->setVisible(visible);
}

bool RowsEditor::isRowActionVisible(int index) const {
    return !m_rows.at(index).action->isHidden();
}

void RowsEditor::setRowLocked(int index, bool locked) {
    Row &r = m_rows[index];
    r.locked = locked;
    if (locked)
        r.message->hide();
    setFieldsEnabled(index, m_enabled);
}

void RowsEditor::setFieldsEnabled(int index, bool enabled) {
    const Row &r = m_rows.at(index);
    const bool editable = enabled && !r.locked;
    for (QWidget *field : r.fields)
        field->setEnabled(editable);
    r.remove->setEnabled(editable);
    r.action->setEnabled(enabled);
}

void RowsEditor::setInputsEnabled(bool enabled) {
    m_enabled = enabled;
    m_add->setEnabled(enabled);
    for (int i = 0; i < m_rows.size(); ++i)
        setFieldsEnabled(i, enabled);
}

bool RowsEditor::isValid() const {
    for (int i = 0; i < rowCount(); ++i) {
        if (!isRowLocked(i) && !rowVerdict(i).isAcceptable())
            return false;
    }
    return true;
}

void RowsEditor::refresh() {
    if (fieldRowCount() != rowCount())
        return; // a row is being added
    for (int i = 0; i < rowCount(); ++i)
        setRowValidity(i, rowVerdict(i));
    emit changed();
}

QList<QWidget *> RowsEditor::tabChain() const {
    QList<QWidget *> chain;
    for (const Row &r : m_rows) {
        chain << r.fields;
        if (m_mode == Mode::ManyRows)
            chain << r.remove;
        if (!m_names.actionText.isEmpty())
            chain << r.action;
    }
    if (m_mode == Mode::ManyRows)
        chain << m_add;
    return chain;
}

} // namespace exotrunk::ui
