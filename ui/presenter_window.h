// The presenter view (Classroom ▸ Presenter view, F11; Esc or F11 leaves): the main window's
// generation shown full screen for a class — large fonts, a large preview, the pipeline strip
// lighting the stage running now, and only the controls that matter in class (prompt, seed, steps,
// guidance, Generate / Abort, the step scrubber). It holds no parameters of its own: every field
// mirrors the main window's (an edit in either place shows in both) and Generate is the main
// window's, so results land in the gallery and history as usual. "Hide the result until the end"
// keeps the picture blank while a run goes (predict first), then reveals it with its timeline.
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace stipple::ui {

class ImageView;
class MainWindow;
class PipelineStrip;
class SeedEdit;
struct GenerationJob;
struct JobResult;
struct PreviewFrame;

class PresenterWindow : public QWidget {
    Q_OBJECT
public:
    // A window of its own, owned by `main`; `toggle` (F11) is added so it works here too.
    PresenterWindow(MainWindow* main, QAction* toggle);

    void enter();  // full screen on the main window's screen
    void generate();  // the main window's Generate (its parameters, gallery, history)
    void leave();  // back to the main window
    bool hidesResult() const;
    void setHidesResult(bool hide);
    // True while the hide switch keeps a running generation's picture blank.
    bool isHiding() const;

    // For tests.
    PipelineStrip* strip() const { return strip_; }
    ImageView* imageView() const { return view_; }
    QSlider* scrubber() const { return scrubber_; }
    QLabel* stepLabel() const { return stepLabel_; }
    QPlainTextEdit* promptEdit() const { return prompt_; }
    SeedEdit* seedEdit() const { return seed_; }
    QCheckBox* keepSeedBox() const { return keepSeed_; }
    QSpinBox* stepsBox() const { return steps_; }
    QDoubleSpinBox* guidanceBox() const { return guidance_; }
    QCheckBox* hideBox() const { return hide_; }
    QPushButton* generateButton() const { return generate_; }
    QPushButton* abortButton() const { return abort_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildControls();
    void bindToMainWindow();
    void onJobStarted(const GenerationJob& job);
    void onFrames(const QList<PreviewFrame>& frames);
    void onStage(int jobId, int stage);
    void onFinished(const JobResult& result);
    // The picture and the scrubber from the main preview (or blank while hiding).
    void showMainPreview();
    void updateButtons();
    void scaleFonts();

    MainWindow* main_;
    PipelineStrip* strip_;
    ImageView* view_;
    QSlider* scrubber_;
    QLabel* stepLabel_;
    QPlainTextEdit* prompt_;
    SeedEdit* seed_;
    QCheckBox* keepSeed_;
    QSpinBox* steps_;
    QDoubleSpinBox* guidance_;
    QCheckBox* hide_;
    QPushButton* generate_;
    QPushButton* abort_;
    QPushButton* leave_;
    QLabel* status_;
    int jobId_ = 0;       // the generation running now (0 = none)
    int totalSteps_ = 0;  // its loop iterations, from its frames
    bool syncing_ = false;  // a scrubber move from the main preview, not the user
};

}  // namespace stipple::ui
