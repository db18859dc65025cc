#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace exotrunk::ui {

// What a list shows instead of an empty grid: loading (with progress), empty (with the next
// step), or an error (with Retry). One widget for the trunk list and each details section.
class StateView : public QWidget {
    Q_OBJECT
public:
    explicit StateView(QWidget *parent = nullptr);

    // A busy indicator, or a determinate bar once `total` > 0.
    void showLoading(const QString &text, int loaded = 0, int total = -1);
    // A message with an optional call to action; the button is hidden when actionText is empty.
    void showMessage(const QString &title, const QString &text, const QString &actionText = {});
    // An error with a Retry button.
    void showError(const QString &title, const QString &text);
    // Keep the layout compact (a details section) rather than centred on a large page.
    void setCompact(bool compact);

    QString title() const;
    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    QPushButton *secondaryButton() const { return m_secondary; }

signals:
    void actionClicked();
    void retryClicked();
    void secondaryClicked();

private:
    enum class Mode { Loading, Message, Error };
    Mode m_mode = Mode::Message;
    QLabel *m_title;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_action;
    QPushButton *m_secondary;
};

} // namespace exotrunk::ui
