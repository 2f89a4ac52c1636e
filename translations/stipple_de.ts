<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NoisingTask</name>
    <message>
        <location filename="../ui/noising_task.cpp" line="+29"/>
        <source>Forward noising, t = %1</source>
        <translation>Vorwärts-Verrauschen, t = %1</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+78"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Länge des Prompts in Tokens und wie viele der Textencoder des Modells liest. Wörter darüber hinaus werden ignoriert; ein Hinweis unter dem Prompt zeigt, welche.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/history_store.cpp" line="+124"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the history table in %1: %2</source>
        <translation>Die Verlaufstabelle in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+42"/>
        <source>e.g. 1-8 or 42, 1234, 99</source>
        <translation>z. B. 1-8 oder 42, 1234, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1-96:5 (every 5th from 1 to 96) or 10, 20, 30</source>
        <translation>z. B. 1-96:5 (jeder 5. von 1 bis 96) oder 10, 20, 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2-20:3 or 3.5, 7, 12</source>
        <translation>z. B. 2-20:3 oder 3.5, 7, 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</source>
        <translation>z. B. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one prompt per line</source>
        <translation>ein Prompt pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one negative prompt per line</source>
        <translation>ein Negativ-Prompt pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 512x512, 768x512</source>
        <translation>z. B. 512x512, 768x512</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one model file or folder per line (Add model…)</source>
        <translation>eine Modelldatei oder ein Modellordner pro Zeile (Modell hinzufügen…)</translation>
    </message>
    <message>
        <location filename="../ui/checkpoint_import.cpp" line="+39"/>
        <source>Out of memory while converting %1.</source>
        <translation>Zu wenig Speicher beim Umwandeln von %1.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="+125"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A different file named %1 is already in %2; rename one of them.</source>
        <translation>In %2 liegt schon eine andere Datei namens %1; eine der beiden umbenennen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy %1 into %2 (is the disk full?)</source>
        <translation>%1 kann nicht nach %2 kopiert werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
</context>
<context>
    <name>SamplerCatalog</name>
    <message>
        <location filename="../core/schedulers/scheduler_registry.cpp" line="+44"/>
        <source>Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.</source>
        <translation>Euler ancestral: fügt in jedem Schritt frisches Rauschen hinzu. Kreativ und schnell, aber das Bild ändert sich mit der Schrittzahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euler: the simplest deterministic sampler. Good quality at 20-30 steps.</source>
        <translation>Euler: der einfachste deterministische Sampler. Gute Qualität bei 20–30 Schritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.</source>
        <translation>Linear Multistep: nutzt frühere Schritte für mehr Genauigkeit. Kann bei sehr wenigen Schritten instabil sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heun: a second-order method, two model calls per step. High quality, twice as slow.</source>
        <translation>Heun: ein Verfahren zweiter Ordnung mit zwei Modellaufrufen pro Schritt. Hohe Qualität, doppelt so langsam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM2: a second-order DPM-Solver, two model calls per step.</source>
        <translation>DPM2: ein DPM-Solver zweiter Ordnung mit zwei Modellaufrufen pro Schritt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.</source>
        <translation>DPM++ 2M: ein schneller Mehrschritt-Löser zweiter Ordnung. Ausgezeichnete Qualität in 20–30 Schritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.</source>
        <translation>DPM++ 2M SDE: die stochastische Variante von DPM++ 2M; fügt Rauschen hinzu, mehr Details und Vielfalt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DDIM: the classic deterministic sampler from the original Stable Diffusion release.</source>
        <translation>DDIM: der klassische deterministische Sampler aus der ursprünglichen Stable-Diffusion-Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.</source>
        <translation>PLMS (PNDM): Pseudo-Linear-Multistep, der Standard der ursprünglichen SD-1.x-Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UniPC: a predictor-corrector solver that converges in very few steps (10-20).</source>
        <translation>UniPC: ein Prädiktor-Korrektor-Löser, der in sehr wenigen Schritten (10–20) konvergiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.</source>
        <translation>LCM: nur für Latent-Consistency-Modelle; 2–8 Schritte und CFG um 1–2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDPM: the original ancestral sampler; needs many steps (100+).</source>
        <translation>DDPM: der ursprüngliche Ancestral-Sampler; braucht viele Schritte (100+).</translation>
    </message>
    <message>
        <location filename="../ui/sampler_catalog.cpp" line="+22"/>
        <source>Sampler %1.</source>
        <translation>Sampler %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Karras schedule: smaller noise steps near the end, usually cleaner details.</source>
        <translation>Karras-Zeitplan: kleinere Rauschschritte gegen Ende, meist sauberere Details.</translation>
    </message>
</context>
<context>
    <name>SeedTriageTask</name>
    <message>
        <location filename="../ui/seed_triage_task.cpp" line="+83"/>
        <source>Seed triage: finishing 1 seed</source>
        <translation>Seed-Vorauswahl: 1 Seed wird fertiggestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: finishing %1 seeds</source>
        <translation>Seed-Vorauswahl: %1 Seeds werden fertiggestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: 1 seed</source>
        <translation>Seed-Vorauswahl: 1 Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: %1 seeds</source>
        <translation>Seed-Vorauswahl: %1 Seeds</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model changed since the previews were rendered: render them again.</source>
        <translation>Das Modell hat sich geändert, seit die Vorschauen gerendert wurden: Rendern Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No previews to continue from: render them first.</source>
        <translation>Keine Vorschauen zum Fortsetzen: Rendern Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>SweepAxis</name>
    <message>
        <location filename="../ui/sweep_axis_titles.cpp" line="+10"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG scale</source>
        <translation>Guidance-Skala (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation seed</source>
        <translation>Variations-Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation strength</source>
        <translation>Variationsstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../ui/timeline_export.cpp" line="+53"/>
        <source>There is no timeline to save yet: generate an image first.</source>
        <translation>Noch keine Zeitleiste zum Speichern: Erzeugen Sie zuerst ein Bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file name ending in .gif (animated GIF) or .mp4 (video).</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .gif (animiertes GIF) oder .mp4 (Video).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as MPEG-4 Part 2: this system&apos;s OpenCV has no H.264 encoder, so browsers and slide software may not play it. GIF plays everywhere.</source>
        <translation>Als MPEG-4 Part 2 gespeichert: Das OpenCV dieses Systems hat keinen H.264-Encoder, daher spielen Browser und Präsentationsprogramme es womöglich nicht ab. GIF läuft überall.</translation>
    </message>
</context>
<context>
    <name>TrainTask</name>
    <message>
        <location filename="../ui/train_task.cpp" line="+19"/>
        <source>Training a tiny model</source>
        <translation>Ein winziges Modell wird trainiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+41"/>
        <source>Usage: stipple [options]
Stipple %1: a desktop studio for text-to-image diffusion.

Options:
  --model PATH    open a model (diffusers folder or .safetensors checkpoint)
  --threads N     CPU threads for generation (default: number of physical cores)
  --lang CODE     interface language: en, de, fr, es or zh_CN (default: the system&apos;s)
  --version       print &quot;stipple &lt;version&gt;&quot; and exit
  --help          show this help and exit

Environment: STIPPLE_OUTPUT_DIR (where images are saved), STIPPLE_DATA_DIR (history, settings).
</source>
        <translation>Aufruf: stipple [Optionen]
Stipple %1: ein Desktop-Studio für Text-zu-Bild-Diffusion.

Optionen:
  --model PFAD    ein Modell öffnen (Diffusers-Ordner oder .safetensors-Checkpoint)
  --threads N     CPU-Threads für die Generierung (Standard: Anzahl physischer Kerne)
  --lang CODE     Sprache der Oberfläche: en, de, fr, es oder zh_CN (Standard: die des Systems)
  --version       &quot;stipple &lt;Version&gt;&quot; ausgeben und beenden
  --help          diese Hilfe anzeigen und beenden

Umgebung: STIPPLE_OUTPUT_DIR (wo Bilder gespeichert werden), STIPPLE_DATA_DIR (Verlauf, Einstellungen).
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open the model at PATH.</source>
        <translation>Das Modell unter PATH öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads (default: cores).</source>
        <translation>CPU-Threads (Standard: Anzahl der Kerne).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language: en, de, fr, es or zh_CN.</source>
        <translation>Sprache der Oberfläche: en, de, fr, es oder zh_CN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threads needs a positive integer, got &quot;%1&quot;</source>
        <translation>--threads braucht eine positive ganze Zahl, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>stipple::ui</name>
    <message>
        <location filename="../ui/lockstep_captions.cpp" line="+34"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG %1</source>
        <translation>CFG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s sampler</source>
        <translation>Sampler des Modells</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown settings (no parameters in the image)</source>
        <translation>Unbekannte Einstellungen (keine Parameter im Bild)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Prompt: only the shared words</source>
        <translation>Prompt: nur die gemeinsamen Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: +%1</source>
        <translation>Prompt: +%1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.cpp" line="+36"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop studio for text-to-image diffusion: type a prompt and watch the image emerge from noise, step by step.</source>
        <translation>Ein Desktop-Studio für Text-zu-Bild-Diffusion: Prompt eingeben und zusehen, wie das Bild Schritt für Schritt aus dem Rauschen entsteht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model, prompt, seed, sampler and steps: the same image as Hugging Face diffusers.</source>
        <translation>Gleiches Modell, gleicher Prompt, Seed, Sampler und gleiche Schritte: dasselbe Bild wie mit Hugging Face diffusers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compiler</source>
        <translation>Compiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (physical cores: %2)</source>
        <translation>%1 (physische Kerne: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory layout</source>
        <translation>Speicheranordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured when a full-size model is first loaded, then remembered</source>
        <translation>wird beim ersten Laden eines Modells in voller Größe gemessen und dann gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Attention-Berechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix products (this CPU has neither AVX2 nor AVX-512)</source>
        <translation>Matrixprodukte (diese CPU hat weder AVX2 noch AVX-512)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Windows, widgets, settings, history database</source>
        <translation>Fenster, Bedienelemente, Einstellungen, Verlaufsdatenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensors and neural-network maths</source>
        <translation>Tensoren und Mathematik neuronaler Netze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast matrix multiplication on the CPU</source>
        <translation>Schnelle Matrixmultiplikation auf der CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files, resizing, colour conversion</source>
        <translation>Bilddateien, Skalierung, Farbumwandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer of the built-in model</source>
        <translation>Tokenizer des eingebauten Modells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading model configuration files</source>
        <translation>Lesen der Modell-Konfigurationsdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode text handling for the CLIP tokenizer</source>
        <translation>Unicode-Textverarbeitung für den CLIP-Tokenizer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 model hashes</source>
        <translation>SHA-256-Modell-Hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG text chunks</source>
        <translation>Text-Chunks in PNG-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History database (through Qt SQL)</source>
        <translation>Verlaufsdatenbank (über Qt SQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading prompts for single-file Stable Diffusion checkpoints (shipped with Stipple)</source>
        <translation>Prompts für Stable-Diffusion-Einzeldatei-Checkpoints lesen (mit Stipple ausgeliefert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharper live previews, when its weights sit beside a model</source>
        <translation>Schärfere Live-Vorschau, wenn seine Gewichte neben einem Modell liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stipple is free software under the MIT license: you may use, copy, change and share it, also commercially, as long as the copyright notice and the license text below go with it (the Debian package keeps them in /usr/share/doc/stipple/copyright).</source>
        <translation>Stipple ist freie Software unter der MIT-Lizenz: Sie dürfen es nutzen, kopieren, verändern und weitergeben, auch kommerziell, solange der Urheberrechtshinweis und der unten stehende Lizenztext mitgegeben werden (das Debian-Paket legt beide in /usr/share/doc/stipple/copyright ab).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trained by the Stipple project from scratch on synthetic pictures of coloured shapes drawn by Stipple itself (no photographs, no scraped images). Its weights are distributed under the MIT license, like Stipple&apos;s code.</source>
        <translation>Vom Stipple-Projekt von Grund auf trainiert, mit synthetischen Bildern farbiger Formen, die Stipple selbst zeichnet (keine Fotos, keine aus dem Netz gesammelten Bilder). Seine Gewichte stehen wie Stipples Code unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built-in model “Stipple Shapes”</source>
        <translation>Eingebautes Modell „Stipple Shapes“</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>matrix products; a fused kernel (%1) on request (--attention fused)</source>
        <translation>Matrixprodukte; ein fusionierter Kernel (%1) auf Wunsch (--attention fused)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models you open yourself (Stable Diffusion and others) come with their own licenses; read them before sharing what you make.</source>
        <translation>Modelle, die Sie selbst öffnen (Stable Diffusion und andere), haben eigene Lizenzen; lesen Sie diese, bevor Sie Ihre Bilder weitergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stipple&apos;s license (MIT)</source>
        <translation>Stipples Lizenz (MIT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>About Stipple</source>
        <translation>Über Stipple</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stipple logo</source>
        <translation>Stipple-Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
</context>
<context>
    <name>stipple::ui::CompareDialog</name>
    <message>
        <location filename="../ui/compare_dialog.cpp" line="+18"/>
        <source>Compare %1 images</source>
        <translation>%1 Bilder vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Vergrößerung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All images use the same zoom and scroll together.</source>
        <translation>Alle Bilder verwenden denselben Zoom und scrollen gemeinsam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read this image</source>
        <translation>Dieses Bild kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>stipple::ui::DivergingLegend</name>
    <message>
        <location filename="../ui/diverging_legend.cpp" line="+16"/>
        <source>Red: the prompt makes this part brighter than the negative prompt does; blue: darker; near white: the same. Amplified per step so the strongest differences reach full colour.</source>
        <translation>Rot: Der Prompt macht diese Stelle heller als der Negativ-Prompt; Blau: dunkler; fast Weiß: gleich. Pro Schritt verstärkt, damit die stärksten Unterschiede die volle Farbe erreichen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>darker with the prompt</source>
        <translation>dunkler mit dem Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brighter</source>
        <translation>heller</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ErrorBanner</name>
    <message>
        <location filename="../ui/error_banner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>stipple::ui::FaceDetailPanel</name>
    <message>
        <location filename="../ui/face_detail_panel.cpp" line="+22"/>
        <source>Face deta&amp;iler</source>
        <translation>Gesichts&amp;detailer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detailer</source>
        <translation>Gesichtsdetailer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the image is made, every face found in it is redrawn at the full image size and pasted back: small faces get their eyes and mouths right (the ADetailer approach). Or a face restoration model file (GFPGAN or CodeFormer) restores them instead.</source>
        <translation>Nach dem Bild wird jedes darin gefundene Gesicht in voller Bildgröße neu gezeichnet und wieder eingesetzt: kleine Gesichter bekommen stimmige Augen und Münder (der ADetailer-Ansatz). Oder eine Gesichtsrestaurierungs-Modelldatei (GFPGAN oder CodeFormer) restauriert sie stattdessen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redraw with the model (ADetailer)</source>
        <translation>Mit dem Modell neu zeichnen (ADetailer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is drawn again by the loaded model, at the full image size, with the face prompt.</source>
        <translation>Jedes Gesicht wird vom geladenen Modell in voller Bildgröße mit dem Gesichts-Prompt neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore with a model file (GFPGAN/CodeFormer ONNX)…</source>
        <translation>Mit einer Modelldatei restaurieren (GFPGAN/CodeFormer ONNX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is restored by a GFPGAN or CodeFormer network you have as an .onnx file (AUTOMATIC1111&apos;s &quot;Restore faces&quot;). No diffusion steps: quick, but the face keeps the network&apos;s look.</source>
        <translation>Jedes Gesicht wird von einem GFPGAN- oder CodeFormer-Netz restauriert, das Sie als .onnx-Datei haben (AUTOMATIC1111s „Restore faces“). Keine Diffusionsschritte: schnell, aber das Gesicht trägt den Stil des Netzes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image&apos;s prompt</source>
        <translation>der Prompt des Bildes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the faces should look like, e.g. &quot;a smiling face, detailed eyes&quot;; empty uses the image&apos;s own prompt.</source>
        <translation>Wie die Gesichter aussehen sollen, z. B. „a smiling face, detailed eyes“; leer nimmt den Prompt des Bildes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face prompt</source>
        <translation>Gesichts-Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;ce prompt</source>
        <translation>Gesi&amp;chts-Prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one.</source>
        <translation>Wie viel jedes Gesichts neu gezeichnet wird: 0,3 behält das Gesicht, 0,6 zeichnet ein neues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face denoising strength</source>
        <translation>Entrauschstärke der Gesichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face stren&amp;gth</source>
        <translation>Gesichts&amp;stärke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a GFPGAN or CodeFormer .onnx file</source>
        <translation>eine GFPGAN- oder CodeFormer-.onnx-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The face restoration network as an ONNX file: GFPGAN (one 512x512 input) or CodeFormer (that and a fidelity weight).</source>
        <translation>Das Netz zur Gesichtsrestaurierung als ONNX-Datei: GFPGAN (ein Eingang 512x512) oder CodeFormer (dieser und ein Treue-Gewicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration model file</source>
        <translation>Modelldatei zur Gesichtsrestaurierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the face restoration model file</source>
        <translation>Modelldatei zur Gesichtsrestaurierung auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model file</source>
        <translation>&amp;Modelldatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each restored face is blended in: 1 = all of it, 0.5 = half restored, half as drawn (AUTOMATIC1111&apos;s &quot;GFPGAN visibility&quot; / &quot;CodeFormer visibility&quot;).</source>
        <translation>Wie viel von jedem restaurierten Gesicht eingeblendet wird: 1 = alles, 0,5 = halb restauriert, halb wie gezeichnet (AUTOMATIC1111s „GFPGAN visibility“ / „CodeFormer visibility“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration visibility</source>
        <translation>Sichtbarkeit der Gesichtsrestaurierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CodeFormer only: 0 = the strongest restoration, 1 = closest to the face as drawn (AUTOMATIC1111&apos;s &quot;CodeFormer weight&quot;).</source>
        <translation>Nur CodeFormer: 0 = stärkste Restaurierung, 1 = am nächsten am gezeichneten Gesicht (AUTOMATIC1111s „CodeFormer weight“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CodeFormer weight</source>
        <translation>CodeFormer-Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeFormer &amp;weight</source>
        <translation>CodeFormer-&amp;Gewicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Face restoration model</source>
        <translation>Gesichtsrestaurierungs-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Face restoration: choose a GFPGAN or CodeFormer .onnx model file, or redraw the faces with the model.</source>
        <translation>Gesichtsrestaurierung: Wählen Sie eine GFPGAN- oder CodeFormer-.onnx-Modelldatei oder zeichnen Sie die Gesichter mit dem Modell neu.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery_model.cpp" line="+15"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CFG %1</source>
        <translation>CFG %1</translation>
    </message>
    <message>
        <location filename="../ui/gallery_delegate.cpp" line="+19"/>
        <location filename="../ui/gallery_model.cpp" line="+16"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery_view.cpp" line="+36"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected images</source>
        <translation>Ausgewählte Bilder vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 images (Ctrl+click) to see them side by side at the same zoom.</source>
        <translation>2 bis 4 Bilder auswählen (Strg+Klick), um sie nebeneinander im selben Zoom zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search prompts, model:, sampler:, seed:, date:</source>
        <translation>Prompts durchsuchen, model:, sampler:, seed:, date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words find images whose prompt has them. Also: model:name, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (or just the number), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</source>
        <translation>Wörter finden Bilder, deren Prompt sie enthält. Außerdem: model:Name, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (oder nur die Zahl), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show images by rating</source>
        <translation>Bilder nach Bewertung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected</source>
        <translation>Nicht abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ and up</source>
        <translation>★ und mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★ and up</source>
        <translation>★★★ und mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★★★ only</source>
        <translation>Nur ★★★★★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected only</source>
        <translation>Nur abgelehnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the gallery has focus: 1–5 rate the selected images, 0 clears, X rejects, arrows move.</source>
        <translation>Wenn die Galerie den Fokus hat: 1–5 bewertet die ausgewählten Bilder, 0 entfernt die Bewertung, X lehnt ab, Pfeiltasten bewegen die Auswahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the gallery</source>
        <translation>Reihenfolge der Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>Beste Bewertung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery summary</source>
        <translation>Galerie-Übersicht</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not store the rating: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rejected</source>
        <translation>%1 Bilder abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating cleared</source>
        <translation>Bewertung entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating cleared on %1 images</source>
        <translation>Bewertung von %1 Bildern entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated %1 of 5</source>
        <translation>Mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rated %2 of 5</source>
        <translation>%1 Bilder mit %2 von 5 bewertet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gallery — %1 found, %2 selected</source>
        <translation>Galerie — %1 gefunden, %2 ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 found</source>
        <translation>Galerie — %1 gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery — %1 images, %2 selected</source>
        <translation>Galerie — %1 Bilder, %2 ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery — 1 image</source>
        <translation>Galerie — 1 Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 images</source>
        <translation>Galerie — %1 Bilder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reuse seed</source>
        <translation>Seed wiederverwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image&apos;s seed into the seed field and lock it.</source>
        <translation>Den Seed dieses Bildes in das Seed-Feld übernehmen und festhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse all parameters</source>
        <translation>Alle Parameter wiederverwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy parameters</source>
        <translation>Parameter kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale…</source>
        <translation>Hochskalieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge this image with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Dieses Bild mit Lanczos oder einem ESRGAN-Modell zu einem neuen Bild vergrößern; seine Parameter bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare selected (%1)</source>
        <translation>Auswahl vergleichen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare step by step (%1)</source>
        <translation>Schrittweise vergleichen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected runs side by side on one step scrubber, from their stored step timelines.</source>
        <translation>Die ausgewählten Läufe nebeneinander mit einem gemeinsamen Schrittregler abspielen, aus ihren gespeicherten Schritt-Zeitleisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 images</source>
        <translation>%1 Bilder löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters copied to the clipboard.</source>
        <translation>Parameter in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save image as</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GenerationWorker</name>
    <message>
        <location filename="../ui/generation_worker.cpp" line="+274"/>
        <source>Out of memory while loading %1. Close other programs or choose bf16 in Settings.</source>
        <translation>Zu wenig Speicher beim Laden von %1. Schließen Sie andere Programme oder wählen Sie bf16 in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Out of memory: try a smaller size, fewer images or bf16 in Settings.</source>
        <translation>Zu wenig Speicher: kleinere Größe, weniger Bilder oder bf16 in den Einstellungen versuchen.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceRunTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+71"/>
        <source>Guidance view: %1 steps</source>
        <translation>Guidance-Ansicht: %1 Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1.</source>
        <translation>Bei Guidance %1 läuft kein Durchgang mit dem Negativ-Prompt, es gibt also nichts zu vergleichen: Erhöhen Sie die Guidance-Skala über 1.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceView</name>
    <message>
        <location filename="../ui/guidance_view.cpp" line="+47"/>
        <source>Guidance view</source>
        <translation>Guidance-Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt: %1
Negative prompt: %2
Seed %3 · %4 steps · %5 · guidance %6</source>
        <translation>Prompt: %1
Negativ-Prompt: %2
Seed %3 · %4 Schritte · %5 · Guidance %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the same generation again (the window&apos;s parameters when this view opened).</source>
        <translation>Dieselbe Generierung noch einmal ausführen (mit den Parametern des Fensters beim Öffnen dieser Ansicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the first step…</source>
        <translation>Warten auf den ersten Schritt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the model expects the finished image to look like, judged from the prompt alone.</source>
        <translation>Wie das fertige Bild nach Erwartung des Modells aussieht, allein nach dem Prompt beurteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same estimate from the negative prompt alone (the empty prompt when there is none).</source>
        <translation>Dieselbe Schätzung allein aus dem Negativ-Prompt (dem leeren Prompt, wenn es keinen gibt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the two estimates differ: what the prompt adds. Guidance pushes the image this way, times the scale.</source>
        <translation>Wo sich die beiden Schätzungen unterscheiden: was der Prompt hinzufügt. Guidance schiebt das Bild in diese Richtung, mal der Skala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative + scale × (prompt − negative): the estimate the sampler steps towards.</source>
        <translation>negativ + Skala × (Prompt − negativ): die Schätzung, auf die der Sampler zugeht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the empty prompt</source>
        <translation>Aus dem leeren Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the negative prompt</source>
        <translation>Aus dem Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the prompt</source>
        <translation>Aus dem Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (prompt − negative)</source>
        <translation>Differenz (Prompt − negativ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go through the stored steps: no computation, every step is kept.</source>
        <translation>Durch die gespeicherten Schritte gehen: keine Berechnung, jeder Schritt ist aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Step %1 of %2 (t = %3)</source>
        <translation>Schritt %1 von %2 (t = %3)</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Guidance scale</source>
        <translation>Guidance-Skala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-guide the step shown at another scale from its two stored estimates, without running the model again. Available once the run has finished.</source>
        <translation>Den gezeigten Schritt aus seinen zwei gespeicherten Schätzungen mit einer anderen Skala neu führen, ohne das Modell erneut laufen zu lassen. Verfügbar, sobald der Lauf fertig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+223"/>
        <source>Guidance %1</source>
        <translation>Guidance-Skala %1</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+28"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>Guidance-Skala</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1 in the main window and open this view again.</source>
        <translation>Bei Guidance %1 läuft kein Durchgang mit dem Negativ-Prompt, es gibt also nichts zu vergleichen: Erhöhen Sie die Guidance-Skala im Hauptfenster über 1 und öffnen Sie diese Ansicht erneut.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the running job…</source>
        <translation>Warten auf den laufenden Auftrag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decoding…</source>
        <translation>Wird dekodiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2 · about %3 s left</source>
        <translation>Schritt %1 von %2 · noch etwa %3 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aborted after 1 step: the step so far stays to look at.</source>
        <translation>Nach 1 Schritt abgebrochen: Der bisherige Schritt bleibt zum Ansehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps: the steps so far stay to look at.</source>
        <translation>Nach %1 Schritten abgebrochen: Die bisherigen Schritte bleiben zum Ansehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: 1 step stored.</source>
        <translation>Fertig in %1 s: 1 Schritt gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps stored.</source>
        <translation>Fertig in %1 s: %2 Schritte gespeichert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Guided at %1 (decoding…)</source>
        <translation>Geführt mit %1 (wird dekodiert…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step yet</source>
        <translation>Noch kein Schritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to %1</source>
        <translation>Zurück auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided at %1 (the run&apos;s)</source>
        <translation>Geführt mit %1 (wie im Lauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-guided at %1</source>
        <translation>Neu geführt mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided = negative + %1 × (prompt − negative). At 1 the prompt&apos;s estimate alone, at 0 the negative&apos;s; above 1 the difference is exaggerated. Re-guiding uses the two stored estimates: the model does not run again.</source>
        <translation>geführt = negativ + %1 × (Prompt − negativ). Bei 1 allein die Schätzung des Prompts, bei 0 die des Negativ-Prompts; über 1 wird der Unterschied übertrieben. Neu führen nutzt die zwei gespeicherten Schätzungen: Das Modell läuft nicht erneut.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="+14"/>
        <location line="+89"/>
        <location line="+4"/>
        <source>How diffusion works</source>
        <translation>Wie Diffusion funktioniert</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A diffusion model has learned one skill: looking at a noisy picture and guessing which noise to remove. To make a new image, Stipple starts from pure random noise and lets the model remove a little of it, again and again, until a clean picture is left.</source>
        <translation>Ein Diffusionsmodell hat genau eine Fähigkeit gelernt: ein verrauschtes Bild anzusehen und zu schätzen, welches Rauschen entfernt werden muss. Für ein neues Bild beginnt Stipple mit reinem Zufallsrauschen und lässt das Modell immer wieder ein wenig davon entfernen, bis ein sauberes Bild übrig bleibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the preview shows</source>
        <translation>Was die Vorschau zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every step the model estimates what the finished image will look like. This guess is called the x₀ estimate (“x zero”), and it is what the live preview shows by default. Early guesses are blurry blobs of colour; with each step the shapes settle and the details sharpen.</source>
        <translation>In jedem Schritt schätzt das Modell, wie das fertige Bild aussehen wird. Diese Schätzung heißt x₀-Schätzung („x null“), und sie ist es, was die Live-Vorschau standardmäßig zeigt. Frühe Schätzungen sind verschwommene Farbflecken; mit jedem Schritt festigen sich die Formen und die Details werden schärfer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Noisy latent (xₜ)” above the preview to see what the sampler actually works on instead: the current picture with its remaining noise. It starts as static and slowly clears up.</source>
        <translation>Wählen Sie über der Vorschau „Verrauschter Latent (xₜ)“, um stattdessen zu sehen, woran der Sampler tatsächlich arbeitet: das aktuelle Bild mit seinem restlichen Rauschen. Es beginnt als Schnee und klärt sich langsam auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model does not paint pixels directly. It works on a small “latent” picture, 8 times smaller on each side, with 4 channels instead of red, green and blue. The VAE decoder turns the final latent into the full-size image; the fast preview uses a cheap approximation of it.</source>
        <translation>Das Modell malt keine Pixel direkt. Es arbeitet auf einem kleinen „latenten“ Bild, auf jeder Seite 8-mal kleiner, mit 4 Kanälen statt Rot, Grün und Blau. Der VAE-Decoder macht aus dem letzten Latent das Bild in voller Größe; die schnelle Vorschau verwendet eine günstige Näherung davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt and negative prompt</source>
        <translation>Prompt und Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text encoder turns your prompt into numbers the model understands. At every step the model predicts the noise twice: once with your prompt and once with the negative prompt (or with no text at all). Stipple then pushes the image away from the second prediction and towards the first.</source>
        <translation>Der Text-Encoder verwandelt Ihren Prompt in Zahlen, die das Modell versteht. In jedem Schritt sagt das Modell das Rauschen zweimal voraus: einmal mit Ihrem Prompt und einmal mit dem Negativ-Prompt (oder ganz ohne Text). Stipple schiebt das Bild dann von der zweiten Vorhersage weg und zur ersten hin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale (CFG)</source>
        <translation>Guidance-Skala (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guidance scale says how hard that push is. Around 7 is typical. Low values give looser, more natural images that may ignore parts of the prompt; high values follow the words more literally but colours become harsh and details burnt. At 1 or below, guidance is off and the negative prompt is not used.</source>
        <translation>Die Guidance-Skala bestimmt, wie stark dieser Schub ist. Um 7 ist üblich. Niedrige Werte ergeben lockerere, natürlichere Bilder, die Teile des Prompts ignorieren können; hohe Werte folgen den Worten wörtlicher, aber die Farben werden grell und die Details verbrannt. Bei 1 oder weniger ist die Guidance aus und der Negativ-Prompt wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps is how many times the model is asked to remove noise. More steps take longer and usually add fine detail, but after 20–30 steps most samplers change little. Try the same seed with 5, 10 and 30 steps and compare.</source>
        <translation>Die Schrittzahl gibt an, wie oft das Modell Rauschen entfernen soll. Mehr Schritte dauern länger und bringen meist feinere Details, doch nach 20–30 Schritten ändert sich bei den meisten Samplern wenig. Probieren Sie denselben Seed mit 5, 10 und 30 Schritten und vergleichen Sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed picks the starting noise. The same seed with the same settings gives exactly the same image, so a class can reproduce each other&apos;s pictures. Change only the seed to get a different composition of the same prompt.</source>
        <translation>Der Seed wählt das Startrauschen aus. Derselbe Seed mit denselben Einstellungen ergibt genau dasselbe Bild, sodass eine Klasse die Bilder der anderen nachmachen kann. Ändern Sie nur den Seed, um eine andere Komposition desselben Prompts zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samplers and schedules</source>
        <translation>Sampler und Zeitpläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampler (also called scheduler) decides how big each denoising step is and how the model&apos;s prediction is used. Euler and DDIM are simple and predictable; DPM++ 2M reaches good quality in few steps; “ancestral” samplers such as Euler a add fresh noise at every step, so the picture keeps changing. “Karras” schedules take smaller steps near the end, which often cleans up details.</source>
        <translation>Der Sampler (auch Scheduler genannt) entscheidet, wie groß jeder Entrauschungsschritt ist und wie die Vorhersage des Modells genutzt wird. Euler und DDIM sind einfach und vorhersehbar; DPM++ 2M erreicht in wenigen Schritten gute Qualität; „Ancestral“-Sampler wie Euler a fügen in jedem Schritt frisches Rauschen hinzu, sodass sich das Bild weiter verändert. „Karras“-Zeitpläne machen gegen Ende kleinere Schritte, was Details oft sauberer macht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try this in class</source>
        <translation>Im Unterricht ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a fixed seed, then drag the timeline slider under the preview to replay every step. Change one setting at a time — steps, guidance scale or sampler — and compare the results side by side with the gallery&apos;s Compare button.</source>
        <translation>Generieren Sie mit festem Seed und ziehen Sie dann den Zeitleisten-Regler unter der Vorschau, um jeden Schritt noch einmal abzuspielen. Ändern Sie jeweils nur eine Einstellung — Schritte, Guidance-Skala oder Sampler — und vergleichen Sie die Ergebnisse mit der Schaltfläche „Vergleichen“ der Galerie nebeneinander.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A 45-minute lesson: a guided tour</source>
        <translation>Eine Unterrichtsstunde von 45 Minuten: eine geführte Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Classroom menu holds one view for each idea below. Work through them in this order with the built-in model (it answers in a fraction of a second); every view also works with a full-size model, only slower. Ask the question first, let the class predict, then reveal.</source>
        <translation>Das Menü „Unterricht“ enthält für jede der folgenden Ideen eine Ansicht. Gehen Sie sie in dieser Reihenfolge mit dem eingebauten Modell durch (es antwortet in Sekundenbruchteilen); jede Ansicht funktioniert auch mit einem Modell in voller Größe, nur langsamer. Stellen Sie zuerst die Frage, lassen Sie die Klasse raten und lösen Sie dann auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0–5 min</source>
        <translation>0–5 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter view (F11)</source>
        <translation>Präsentationsansicht (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the presenter view: large preview, the few controls that matter and the pipeline strip (prompt → tokens → text encoder → UNet × steps → VAE → image), which lights up the stage that is running. Turn on “hide the result until the end”, type a prompt the class suggests and ask what will appear.</source>
        <translation>Wechseln Sie in die Präsentationsansicht: große Vorschau, die wenigen wichtigen Bedienelemente und der Ablaufstreifen (Prompt → Tokens → Text-Encoder → UNet × Schritte → VAE → Bild), der die gerade laufende Stufe hervorhebt. Schalten Sie „Ergebnis bis zum Ende verbergen“ ein, tippen Sie einen Prompt, den die Klasse vorschlägt, und fragen Sie, was erscheinen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5–10 min</source>
        <translation>5–10 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt as tokens</source>
        <translation>Prompt als Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt as token chips: the model never sees words, only these numbers. Point out where a long prompt is cut into 75-token chunks and how a weight such as (red:1.4) changes one chip.</source>
        <translation>Zeigen Sie den Prompt als Token-Chips: Das Modell sieht nie Wörter, nur diese Zahlen. Zeigen Sie, wo ein langer Prompt in Abschnitte zu 75 Tokens geteilt wird und wie ein Gewicht wie (red:1.4) einen Chip verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–18 min</source>
        <translation>10–18 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward noising</source>
        <translation>Vorwärts-Verrauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a picture and drag t from 0 to the end: this is how training images are destroyed. Ask first: “at what timestep does the signal-to-noise ratio fall below 1?” — then read it off the marked crossing of the SNR curve.</source>
        <translation>Wählen Sie ein Bild und ziehen Sie t von 0 bis zum Ende: So werden Trainingsbilder zerstört. Fragen Sie zuerst: „Bei welchem Zeitschritt fällt das Signal-Rausch-Verhältnis unter 1?“ – und lesen Sie es dann am markierten Schnittpunkt der SNR-Kurve ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18–25 min</source>
        <translation>18–25 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The denoising timeline</source>
        <translation>Die Zeitleiste des Entrauschens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate, then drag the timeline under the preview back to step 1 and replay. The SNR plot under it shows where each sampler step sits on the noise schedule: big jumps early, small ones late.</source>
        <translation>Erzeugen Sie ein Bild, ziehen Sie dann die Zeitleiste unter der Vorschau zurück auf Schritt 1 und spielen Sie ab. Das SNR-Diagramm darunter zeigt, wo jeder Schritt des Samplers im Rauschplan liegt: früh große Sprünge, spät kleine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25–32 min</source>
        <translation>25–32 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guidance view</source>
        <translation>Guidance-Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the guidance view: side by side, what the model predicts with the prompt, without it, their difference and the guided result. Move the guidance slider from 1 to 7.5 to 15 on the same step — no new computation is needed, guidance is only this difference scaled.</source>
        <translation>Starten Sie die Guidance-Ansicht: nebeneinander, was das Modell mit dem Prompt vorhersagt, was ohne, ihre Differenz und das geführte Ergebnis. Bewegen Sie den Guidance-Regler beim selben Schritt von 1 über 7,5 auf 15 – es wird nichts neu berechnet, Guidance ist nur diese Differenz, skaliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>32–38 min</source>
        <translation>32–38 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed triage and lockstep compare</source>
        <translation>Seed-Vorauswahl und Vergleich im Gleichschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render many seeds to a third of their steps, let the class vote for the promising ones and finish only those. Then select two to four results in the gallery and compare them step by step on one scrubber: the composition is decided in the first steps.</source>
        <translation>Rendern Sie viele Seeds bis zu einem Drittel ihrer Schritte, lassen Sie die Klasse für die vielversprechenden abstimmen und stellen Sie nur diese fertig. Wählen Sie dann zwei bis vier Ergebnisse in der Galerie und vergleichen Sie sie Schritt für Schritt mit einem gemeinsamen Regler: Die Komposition entscheidet sich in den ersten Schritten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>38–45 min</source>
        <translation>38–45 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train a tiny model</source>
        <translation>Ein winziges Modell trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training a tiny model from scratch (about ten minutes on a laptop) and watch the loss fall and the sample images change: backgrounds come first, then colours, shapes last. Open the result as a model and try it. Training occupies the computer: generations wait until it ends or is aborted.</source>
        <translation>Starten Sie das Training eines winzigen Modells von Grund auf (etwa zehn Minuten auf einem Laptop) und sehen Sie zu, wie der Verlust sinkt und sich die Beispielbilder ändern: zuerst die Hintergründe, dann die Farben, zuletzt die Formen. Öffnen Sie das Ergebnis als Modell und probieren Sie es aus. Das Training belegt den Computer: Erzeugungen warten, bis es endet oder abgebrochen wird.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HiresFixPanel</name>
    <message>
        <location filename="../ui/hires_fix_panel.cpp" line="+34"/>
        <source>&amp;Hires fix</source>
        <translation>&amp;Hires-Fix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires fix</source>
        <translation>Hires-Fix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the image at the set size, enlarge it, then redraw it at the larger size: more detail without the doubled heads a model draws beyond its native size (AUTOMATIC1111&apos;s Hires. fix).</source>
        <translation>Das Bild in der eingestellten Größe erzeugen, vergrößern und in der größeren Größe neu zeichnen: mehr Details ohne die doppelten Köpfe, die ein Modell jenseits seiner nativen Größe zeichnet (AUTOMATIC1111s Hires. fix).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other model file…</source>
        <translation>Andere Modelldatei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ESRGAN or Real-ESRGAN model (.safetensors) from anywhere</source>
        <translation>Ein ESRGAN- oder Real-ESRGAN-Modell (.safetensors) von beliebigem Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or more); Lanczos and Nearest enlarge the finished picture; ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail into it.</source>
        <translation>Latent-Modi vergrößern das unfertige Bild selbst (Entrauschungsstärke 0,5 oder mehr verwenden); Lanczos und Nearest vergrößern das fertige Bild; ESRGAN- und Real-ESRGAN-Modelle (.safetensors in models/ESRGAN, models/RealESRGAN oder models/upscale_models) zeichnen neue Details hinein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hires upscaler</source>
        <translation>Hires-Hochskalierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upscaler</source>
        <translation>&amp;Hochskalierer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upscale by</source>
        <translation>Vergrößern um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscale &amp;by</source>
        <translation>Vergrößern &amp;um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same as Steps</source>
        <translation>wie Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires steps</source>
        <translation>Hires-Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires s&amp;teps</source>
        <translation>Hires-&amp;Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the enlarged image is redrawn.</source>
        <translation>Wie viel des vergrößerten Bildes neu gezeichnet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires denoising strength</source>
        <translation>Hires-Entrauschstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;noising strength</source>
        <translation>&amp;Entrauschstärke</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an upscaler model is a .safetensors file (ESRGAN or Real-ESRGAN)</source>
        <translation>%1: ein Upscaler-Modell ist eine .safetensors-Datei (ESRGAN oder Real-ESRGAN)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an upscaler model</source>
        <translation>Upscaler-Modell auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscaler models (*.safetensors *.pth);;All files (*)</source>
        <translation>Upscaler-Modelle (*.safetensors *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hires fix is for text to image: clear the init image to use it.</source>
        <translation>Der Hires-Fix ist für Text zu Bild: das Ausgangsbild entfernen, um ihn zu nutzen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)</source>
        <translation>%1×%2 → %3×%4; der zweite Durchgang läuft %5 Schritte (%6 × %7)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::InitImagePanel</name>
    <message>
        <location filename="../ui/init_image_panel.cpp" line="+52"/>
        <source>Drop a picture here, paste one, or use the preview&apos;s &quot;Use as img2img source&quot;.</source>
        <translation>Bild hier ablegen, einfügen oder in der Vorschau „Als img2img-Ausgangsbild verwenden“ wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from image</source>
        <translation>Von Bild ausgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How much of the picture is redrawn: 0.3 keeps its composition and colours, 0.75 keeps its layout, 1.0 keeps little more than its size.</source>
        <translation>Wie viel des Bildes neu gezeichnet wird: 0,3 behält Komposition und Farben, 0,75 den Aufbau, 1,0 kaum mehr als die Größe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoising strength</source>
        <translation>Entrauschstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Denoising strength</source>
        <translation>&amp;Entrauschstärke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Just resize</source>
        <translation>Nur skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop and resize</source>
        <translation>Zuschneiden und skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize and fill</source>
        <translation>Skalieren und auffüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the picture&apos;s shape differs from the image size: stretch it, cut what sticks out, or fit it and extend its edges (as AUTOMATIC1111).</source>
        <translation>Wenn das Seitenverhältnis des Bildes abweicht: strecken, Überstehendes abschneiden oder einpassen und die Ränder fortsetzen (wie AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize mode</source>
        <translation>Skalierungsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resi&amp;ze mode</source>
        <translation>S&amp;kalierungsmodus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint mask…</source>
        <translation>Maske malen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the part of the picture to redraw (inpainting); the rest stays as it is.</source>
        <translation>Den neu zu zeichnenden Teil des Bildes bemalen (Inpainting); der Rest bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mask</source>
        <translation>Keine Maske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the mask: the whole picture is redrawn (img2img).</source>
        <translation>Maske verwerfen: das ganze Bild wird neu gezeichnet (img2img).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend canvas…</source>
        <translation>Leinwand erweitern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outpainting: add a border to the picture for the next generation to paint.</source>
        <translation>Outpainting: dem Bild einen Rand geben, den die nächste Generierung malt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo extend</source>
        <translation>Erweitern rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the picture and mask before the last extension.</source>
        <translation>Zurück zu Bild und Maske vor der letzten Erweiterung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>How softly the redrawn part blends into the picture around the mask&apos;s edge.</source>
        <translation>Wie weich der neu gezeichnete Teil am Maskenrand ins Bild übergeht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask blur</source>
        <translation>Maskenunschärfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask &amp;blur</source>
        <translation>Masken&amp;unschärfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>Auffüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent noise</source>
        <translation>Latentes Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent nothing</source>
        <translation>Latent leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the painted part starts from: the picture as it is (original), its surrounding colours blurred in (fill), fresh noise or nothing (latent noise / nothing — use a high denoising strength with these).</source>
        <translation>Wovon der bemalte Teil ausgeht: vom Bild, wie es ist (unverändert), von den umgebenden Farben, hineingeblendet (auffüllen), von frischem Rauschen oder von nichts (latentes Rauschen / leer — dazu eine hohe Entrauschstärke wählen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked content</source>
        <translation>Maskierter Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked &amp;content</source>
        <translation>Maskierter &amp;Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole picture</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked</source>
        <translation>Nur maskiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked: the painted part and a margin are cut out, drawn at the full image size (more detail for a small area), and pasted back; the rest of the picture stays exactly as it is.</source>
        <translation>Nur maskiert: der bemalte Teil wird mit einem Rand ausgeschnitten, in voller Bildgröße gezeichnet (mehr Details für eine kleine Fläche) und wieder eingesetzt; der Rest des Bildes bleibt genau, wie er ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpaint area</source>
        <translation>Inpaint-Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpaint &amp;area</source>
        <translation>Inpaint-&amp;Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The margin around the painted part that is drawn with it, so the model sees its surroundings.</source>
        <translation>Der Rand um den bemalten Teil, der mitgezeichnet wird, damit das Modell die Umgebung sieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked padding</source>
        <translation>Rand bei „Nur maskiert“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked &amp;padding</source>
        <translation>&amp;Rand bei „Nur maskiert“</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Open a picture first: outpainting extends it.</source>
        <translation>Zuerst ein Bild öffnen: Outpainting erweitert es.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No mask: the whole picture is redrawn.</source>
        <translation>Keine Maske: das ganze Bild wird neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpainting: only the painted part is redrawn.</source>
        <translation>Inpainting: nur der bemalte Teil wird neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a picture Stipple can read.</source>
        <translation>Das ist kein Bild, das Stipple lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture has %1×%2 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>Das Bild hat %1×%2 Pixel; Stipple geht von Bildern mit höchstens 64 Megapixeln aus.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has %2×%3 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>%1 hat %2×%3 Pixel; Stipple geht von Bildern mit höchstens 64 Megapixeln aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No picture:
text to image</source>
        <translation>Kein Bild:
Text zu Bild</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Without a picture every step runs from noise.</source>
        <translation>Ohne Bild läuft jeder Schritt vom Rauschen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strength %1 × %2 steps = %3 steps</source>
        <translation>Stärke %1 × %2 Schritte = %3 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength %1 × %2 steps leaves no step to run: raise either</source>
        <translation>Stärke %1 × %2 Schritte lässt keinen Schritt übrig: einen der Werte erhöhen</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepCompare</name>
    <message>
        <location filename="../ui/lockstep_compare.cpp" line="+39"/>
        <source>Negative: %1</source>
        <translation>Negativ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lockstep compare</source>
        <translation>Vergleich im Gleichschritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs compared</source>
        <translation>Die verglichenen Läufe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-run all missing</source>
        <translation>Alle fehlenden neu erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue every run without a stored timeline as a new generation with the loaded model, so its steps are recorded.</source>
        <translation>Jeden Lauf ohne gespeicherte Zeitleiste als neue Generierung mit dem geladenen Modell einreihen, damit seine Schritte aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step scrubber</source>
        <translation>Schrittregler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause every run together (Space)</source>
        <translation>Alle Läufe gemeinsam abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How fast play moves the scrubber</source>
        <translation>Wie schnell das Abspielen den Regler bewegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 step/s</source>
        <translation>1 Schritt/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+273"/>
        <source>Save as GIF/MP4…</source>
        <translation>Als GIF/MP4 speichern…</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Save the runs side by side, step by step, as one animated GIF or MP4 video.</source>
        <translation>Die Läufe nebeneinander, Schritt für Schritt, als ein animiertes GIF oder MP4-Video speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs with different step counts are lined up by the fraction of the schedule: at 50 % a 10-step run shows step 5 and a 20-step run step 10.</source>
        <translation>Läufe mit unterschiedlicher Schrittzahl werden nach dem Anteil des Zeitplans ausgerichtet: Bei 50 % zeigt ein Lauf mit 10 Schritten Schritt 5 und einer mit 20 Schritten Schritt 10.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n runs, different prompts: the words only some runs have are under each.</source>
        <translation>
            <numerusform>%n Lauf, verschiedene Prompts: Unter jedem stehen die Wörter, die nur manche Läufe haben.</numerusform>
            <numerusform>%n Läufe, verschiedene Prompts: Unter jedem stehen die Wörter, die nur manche Läufe haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs of “%1”</source>
        <translation>
            <numerusform>%n Lauf von „%1“</numerusform>
            <numerusform>%n Läufe von „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No stored timeline: this image was made before this session, in a sweep, or its steps were dropped to save memory.</source>
        <translation>Keine gespeicherte Zeitleiste: Dieses Bild entstand vor dieser Sitzung oder in einem Sweep, oder seine Schritte wurden verworfen, um Speicher zu sparen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored timeline, and no parameters to make it again.</source>
        <translation>Keine gespeicherte Zeitleiste und keine Parameter, um sie neu zu erzeugen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, re-running</source>
        <translation>%1, wird neu erzeugt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stored step timeline for %1. Only the steps of recent results are kept; re-run them to record theirs.</source>
        <translation>Keine gespeicherte Schritt-Zeitleiste für %1. Nur die Schritte neuer Ergebnisse werden aufbewahrt; erzeugen Sie sie neu, um ihre aufzuzeichnen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/%2 · %3 %</source>
        <translation>%1/%2 · %3 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-running (job %1)… its steps appear here when it finishes.</source>
        <translation>Wird neu erzeugt (Auftrag %1)… Die Schritte erscheinen hier, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The re-run kept no step timeline.</source>
        <translation>Der neue Lauf hat keine Schritt-Zeitleiste behalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-run failed: %1</source>
        <translation>Neu erzeugen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the lockstep compare</source>
        <translation>Vergleich im Gleichschritt speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>Animiertes GIF (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A compare is still being saved.</source>
        <translation>Ein Vergleich wird noch gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepPane</name>
    <message>
        <location filename="../ui/lockstep_pane.cpp" line="+73"/>
        <source>Re-run to record its steps</source>
        <translation>Neu erzeugen, um die Schritte aufzuzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue this image&apos;s parameters as a new generation with the loaded model; its step timeline is kept and shown here when it finishes.</source>
        <translation>Die Parameter dieses Bildes als neue Generierung mit dem geladenen Modell einreihen; seine Schritt-Zeitleiste wird aufbewahrt und hier gezeigt, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>No stored timeline</source>
        <translation>Keine gespeicherte Zeitleiste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LossPlot</name>
    <message>
        <location filename="../ui/loss_plot.cpp" line="+68"/>
        <source>The loss appears here as the model trains.</source>
        <translation>Hier erscheint der Verlust, während das Modell trainiert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (log scale)</source>
        <translation>Verlust (log. Skala)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+76"/>
        <source>Stipple</source>
        <translation>Stipple</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generation parameters</source>
        <translation>Generierungsparameter</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History is unavailable</source>
        <translation>Der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seed %1 locked</source>
        <translation>Seed %1 festgehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Parameters restored</source>
        <translation>Parameter wiederhergestellt</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.

Use the Open… button in the Model section, or File ▸ Open model folder…</source>
        <translation>Öffnen Sie zunächst ein Modell: einen Diffusers-Ordner (mit model_index.json) oder einen .safetensors-Checkpoint.

Verwenden Sie die Schaltfläche „Öffnen…“ im Bereich Modell oder Datei ▸ Modellordner öffnen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timeline saved: %1. %2</source>
        <translation>Zeitleiste gespeichert: %1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the prompt and settings stored in a PNG made by Stipple or AUTOMATIC1111.</source>
        <translation>Prompt und Einstellungen aus einem PNG von Stipple oder AUTOMATIC1111 wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model &amp;folder…</source>
        <translation>&amp;Modellordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model fi&amp;le…</source>
        <translation>Modell&amp;datei öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save step &amp;timeline…</source>
        <translation>Schritt-&amp;Zeitleiste speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every step&apos;s preview of the last image and the image itself as an animated GIF or an MP4 video, each frame labelled: how noise becomes a picture.</source>
        <translation>Die Vorschau jedes Schritts des letzten Bildes und das Bild selbst als animiertes GIF oder MP4-Video speichern, jedes Einzelbild beschriftet: wie aus Rauschen ein Bild wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish now</source>
        <translation>&amp;Jetzt fertigstellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sweep (X/Y plot)…</source>
        <translation>&amp;Sweep (X/Y-Raster)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start a sweep</source>
        <translation>Sweep kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size).</source>
        <translation>Ein Raster von Bildern erzeugen, die sich in ein oder zwei Einstellungen unterscheiden (Seed, Schritte, CFG, Sampler, Prompt, Größe).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Import PNG folder…</source>
        <translation>&amp;PNG-Ordner importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images made by AUTOMATIC1111, ComfyUI or InvokeAI to the gallery with their parameters.</source>
        <translation>Mit AUTOMATIC1111, ComfyUI oder InvokeAI erzeugte Bilder samt ihren Parametern zur Galerie hinzufügen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Vary this image</source>
        <translation>&amp;Variieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 close variations of the image shown: the same seed with random variation seeds.</source>
        <translation>%1 nahe Varianten des gezeigten Bildes erzeugen: derselbe Seed mit zufälligen Variations-Seeds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lightly (strength %1)</source>
        <translation>&amp;Leicht (Stärke %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;mewhat (strength %1)</source>
        <translation>&amp;Mittel (Stärke %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;trongly (strength %1)</source>
        <translation>S&amp;tark (Stärke %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How diffusion works</source>
        <translation>&amp;Wie Diffusion funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stipple</source>
        <translation>Ü&amp;ber Stipple</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 · native %3×%4%5</source>
        <translation>%1 · %2 · nativ %3×%4%5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> · TAESD</source>
        <translation> · TAESD</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Cannot use this upscaler model</source>
        <translation>Dieses Upscaler-Modell ist nicht verwendbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this picture</source>
        <translation>Dieses Bild kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Use as &amp;img2img source</source>
        <translation>Als &amp;img2img-Ausgangsbild verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the next generation from the image shown (img2img), with its prompt kept.</source>
        <translation>Die nächste Generierung vom gezeigten Bild aus starten (img2img); der Prompt bleibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upscale…</source>
        <translation>&amp;Hochskalieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enlarge the image shown (or the gallery&apos;s, while the gallery has focus) with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Das angezeigte Bild (oder das der Galerie, wenn sie den Fokus hat) mit Lanczos oder einem ESRGAN-Modell zu einem neuen Bild vergrößern; seine Parameter bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> · v-prediction</source>
        <translation> · v-Vorhersage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · VAE %1</source>
        <translation> · VAE %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some embeddings cannot be used</source>
        <translation>Einige Embeddings können nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)</source>
        <translation>Turbo-Modell %1 bereit: 1 Schritt, Guidance 0, %2 (bis zu 4 Schritte funktionieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 ready: %2, as it recommends</source>
        <translation>Modell %1 bereit: %2, wie es empfiehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready: %2, the usual settings</source>
        <translation>Modell %1 bereit: %2, die üblichen Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready</source>
        <translation>Modell %1 bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Hier erscheint Ihr Bild.

Schreiben Sie einen Prompt und drücken Sie Generieren (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Could not load the model %1</source>
        <translation>Das Modell %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load %1 — no model loaded</source>
        <translation>%1 konnte nicht geladen werden – kein Modell geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model loaded.

Open a model: File ▸ Open model folder… or Open model file…</source>
        <translation>Kein Modell geladen.

Öffnen Sie ein Modell: Datei ▸ Modellordner öffnen… oder Modelldatei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model failed to load</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the built-in model</source>
        <translation>das eingebaute Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Reopened %2 instead.</source>
        <translation>%1

Stattdessen wurde %2 wieder geöffnet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+61"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+0"/>
        <source>Open a model first: File ▸ Open model folder… or Open model file…</source>
        <translation>Öffnen Sie zuerst ein Modell: Datei ▸ Modellordner öffnen… oder Modelldatei öffnen…</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Cannot generate</source>
        <translation>Generieren nicht möglich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to vary: generate an image, or open one or pick one in the gallery</source>
        <translation>Nichts zu variieren: ein Bild erzeugen, öffnen oder in der Galerie wählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Varying seed %1: %2 images at strength %3</source>
        <translation>Variiere Seed %1: %2 Bilder mit Stärke %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upscaling %1 ×%2 with %3…</source>
        <translation>%1 wird ×%2 mit %3 hochskaliert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaling %1…</source>
        <translation>%1 wird hochskaliert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sweep running…</source>
        <translation>Sweep läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating 1 image…</source>
        <translation>1 Bild wird generiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 images…</source>
        <translation>%1 Bilder werden generiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · sweep · %2 cells</source>
        <translation>#%1 · Sweep · %2 Zellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 · upscale ×%2 · %3</source>
        <translation>#%1 · hochskalieren ×%2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · seed %2 · %3 steps · %4</source>
        <translation>#%1 · Seed %2 · %3 Schritte · %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Wird abgebrochen — es wird nichts gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishing with the current estimate…</source>
        <translation>Wird mit der aktuellen Schätzung abgeschlossen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Upscale failed</source>
        <translation>Hochskalieren fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale aborted — nothing saved</source>
        <translation>Hochskalieren abgebrochen — nichts gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 in %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Generation failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted after 1 step — nothing saved</source>
        <translation>Nach 1 Schritt abgebrochen — nichts gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps — nothing saved</source>
        <translation>Nach %1 Schritten abgebrochen — nichts gespeichert</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <location filename="../ui/main_window_classroom.cpp" line="+109"/>
        <source>Could not record the history</source>
        <translation>Der Verlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Seed %1 · %2</source>
        <translation>Seed %1 · %2</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Saved 1 image in %1</source>
        <translation>1 Bild in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 images in %2</source>
        <translation>%1 Bilder in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameters in %1</source>
        <translation>Keine Parameter in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PNG has no &quot;parameters&quot; text, so there is nothing to restore.</source>
        <translation>Dieses PNG enthält keinen „parameters“-Text, es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameters restored from %1</source>
        <translation>Parameter aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open model folder (with model_index.json)</source>
        <translation>Modellordner öffnen (mit model_index.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model file</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Settings saved. Precision changes apply when a model is loaded.</source>
        <translation>Einstellungen gespeichert. Änderungen der Genauigkeit gelten, wenn ein Modell geladen wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show %1</source>
        <translation>%1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted 1 image</source>
        <translation>1 Bild gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1 images</source>
        <translation>%1 Bilder gelöscht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1
%2</source>
        <translation>Seed %1
%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the step timeline</source>
        <translation>Schritt-Zeitleiste speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>Animiertes GIF (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timeline is still being saved</source>
        <translation>Eine Zeitleiste wird noch gespeichert</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Timeline saved: %1</source>
        <translation>Zeitleiste gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the timeline</source>
        <translation>Die Zeitleiste kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;All files (*)</source>
        <translation>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Convert checkpoint</source>
        <translation>Checkpoint umwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a Python pickle file. Loading a pickle in Python can run any code hidden in it, so Stipple opens only .safetensors files.

Convert it now with Stipple&apos;s own reader, which runs nothing and refuses anything that is not weights? The weights are written once to
%2</source>
        <translation>%1 ist eine Python-Pickle-Datei. Beim Laden eines Pickles in Python kann darin versteckter Code laufen, deshalb öffnet Stipple nur .safetensors-Dateien.

Jetzt mit Stipples eigenem Leser umwandeln, der nichts ausführt und alles ablehnt, was keine Gewichte sind? Die Gewichte werden einmal geschrieben nach
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening %1, converted from %2 before</source>
        <translation>%1 wird geöffnet, früher aus %2 umgewandelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not converted</source>
        <translation>Nicht umgewandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot convert %1</source>
        <translation>%1 kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted %1 to %2</source>
        <translation>%1 in %2 umgewandelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A conversion is running</source>
        <translation>Eine Umwandlung läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait until it ends, then open %1 again.</source>
        <translation>Warten, bis sie fertig ist, dann %1 erneut öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Converting %1 to .safetensors…</source>
        <translation>%1 wird in .safetensors umgewandelt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to start from</source>
        <translation>Kein Bild als Ausgangspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate or open an image first; it is shown in the preview.</source>
        <translation>Zuerst ein Bild erzeugen oder öffnen; es erscheint in der Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use this image</source>
        <translation>Dieses Bild kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next generation starts from this image (img2img).</source>
        <translation>Die nächste Generierung geht von diesem Bild aus (img2img).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Cannot upscale %1</source>
        <translation>%1 kann nicht hochskaliert werden</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No image is shown: generate one, or pick one in the gallery.</source>
        <translation>Es wird kein Bild angezeigt: erzeugen Sie eines oder wählen Sie eines in der Galerie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is gone.</source>
        <translation>Die Datei %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;VAE file…</source>
        <translation>&amp;VAE-Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode this model&apos;s images with a separate VAE (.safetensors, e.g. vae-ft-mse or an SDXL fp16-fix VAE). Remembered for this model.</source>
        <translation>Die Bilder dieses Modells mit einem eigenen VAE dekodieren (.safetensors, z. B. vae-ft-mse oder ein SDXL-fp16-fix-VAE). Wird für dieses Modell gemerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the model&apos;s &amp;own VAE</source>
        <translation>&amp;Eigenes VAE des Modells verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prediction type</source>
        <translation>&amp;Vorhersagetyp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Detect from the file</source>
        <translation>Aus der Datei &amp;erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epsilon (SD 1.x, 2.x-base, SDXL)</source>
        <translation>&amp;Epsilon (für SD 1.x, 2.x-base, SDXL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;v-prediction (SD 2.x 768-v, v-pred finetunes)</source>
        <translation>&amp;v-Vorhersage (SD 2.x 768-v, v-pred-Finetunes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the model&apos;s UNet predicts. Detected from a single file as AUTOMATIC1111 and ComfyUI do; choose it here when a model draws only noise or grey.</source>
        <translation>Was das UNet des Modells vorhersagt. Wird bei Einzeldateien wie in AUTOMATIC1111 und ComfyUI erkannt; hier wählen, wenn ein Modell nur Rauschen oder Grau zeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;LoRA folder</source>
        <translation>&amp;LoRA-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRA files here are used with &lt;lora:name:weight&gt; in the prompt.</source>
        <translation>LoRA-Dateien hier werden mit &lt;lora:name:gewicht&gt; im Prompt verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;embeddings folder</source>
        <translation>&amp;Embeddings-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textual-inversion embeddings here are used by writing their name in the prompt.</source>
        <translation>Textual-Inversion-Embeddings hier werden verwendet, indem man ihren Namen in den Prompt schreibt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose VAE file</source>
        <translation>VAE-Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE files (*.safetensors);;All files (*)</source>
        <translation>VAE-Dateien (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This image has no step timeline: generate one, or pick a recent image in the gallery</source>
        <translation>Dieses Bild hat keine Schritt-Zeitleiste: Erzeugen Sie eines oder wählen Sie ein neueres Bild in der Galerie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the step timeline…</source>
        <translation>Schritt-Zeitleiste wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="-80"/>
        <source>%1 files in %2 folders, %3 skipped (unreadable)</source>
        <translation>%1 Dateien in %2 Ordnern, %3 übersprungen (unlesbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2 folders</source>
        <translation>%1 Dateien in %2 Ordnern</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>VAE %1 chosen for this model</source>
        <translation>VAE %1 für dieses Modell gewählt</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Add a models folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for models…</source>
        <translation>Suche nach Modellen…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copying %1 into %2…</source>
        <translation>%1 wird nach %2 kopiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the dropped file</source>
        <translation>Die abgelegte Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now in the library</source>
        <translation>%1 ist jetzt in der Bibliothek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the prompt</source>
        <translation>%1 steht schon im Prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 to the prompt</source>
        <translation>%1 zum Prompt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_classroom.cpp" line="-73"/>
        <source>&amp;Classroom</source>
        <translation>&amp;Unterricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A 45-minute lesson through the views below, in order (part of Help ▸ How diffusion works).</source>
        <translation>Eine 45-minütige Stunde durch die Ansichten unten, der Reihe nach (Teil von Hilfe ▸ Wie Diffusion funktioniert).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Guidance view…</source>
        <translation>&amp;Guidance-Ansicht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the guidance view</source>
        <translation>Die Guidance-Ansicht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At every step: the image predicted from the prompt, from the negative prompt, their difference and the guided result; re-guide any step at another scale without rerunning.</source>
        <translation>Bei jedem Schritt: das aus dem Prompt und aus dem Negativ-Prompt vorhergesagte Bild, ihre Differenz und das geführte Ergebnis; jeden Schritt mit einer anderen Skala neu führen, ohne neu zu rechnen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lockstep compare…</source>
        <translation>Vergleich im Gleichs&amp;chritt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 runs side by side on one step scrubber: the images selected in the gallery, else the newest results.</source>
        <translation>2 bis 4 Läufe nebeneinander mit einem gemeinsamen Schrittregler: die in der Galerie ausgewählten Bilder, sonst die neuesten Ergebnisse.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Forward noising…</source>
        <translation>&amp;Vorwärts-Verrauschen…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Lesson t&amp;our</source>
        <translation>Stundent&amp;our</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How training adds noise: drag t from 0 to T over an image and watch xₜ, with the model&apos;s ᾱ and SNR plotted.</source>
        <translation>Wie das Training Rauschen hinzufügt: Ziehen Sie t über einem Bild von 0 bis T und beobachten Sie xₜ, mit ᾱ und SNR des Modells als Diagramm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seed triage…</source>
        <translation>&amp;Seed-Vorauswahl…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Many seeds rendered part of the way in a grid: pick the promising ones and finish only those, exactly as full runs.</source>
        <translation>Viele Seeds, ein Stück weit gerendert, in einem Raster: Wählen Sie die vielversprechenden und stellen Sie nur diese fertig, genau wie vollständige Läufe.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Prompt as tokens</source>
        <translation>&amp;Prompt als Tokens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt as the text encoder reads it: its tokens, their ids and weights, and the chunks.</source>
        <translation>Der Prompt, wie ihn der Text-Encoder liest: seine Tokens, ihre IDs und Gewichte sowie die Abschnitte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens &amp;under the prompt</source>
        <translation>Tokens &amp;unter dem Prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A compact row of the prompt&apos;s tokens under the prompt box, updated as you type.</source>
        <translation>Eine kompakte Zeile mit den Tokens des Prompts unter dem Prompt-Feld, aktualisiert beim Tippen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>P&amp;resenter view</source>
        <translation>P&amp;räsentationsansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen for a class: large preview and fonts, the pipeline stage running now, and an option to hide the result until the run ends.</source>
        <translation>Vollbild für eine Klasse: große Vorschau und Schrift, die gerade laufende Stufe des Ablaufs und eine Option, das Ergebnis bis zum Ende des Laufs zu verbergen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Train a tiny model…</source>
        <translation>Ein winziges Modell &amp;trainieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train a small model from scratch in about ten minutes, watching its loss fall and its pictures improve; then generate with it.</source>
        <translation>Ein kleines Modell in etwa zehn Minuten von Grund auf trainieren und zusehen, wie sein Verlust sinkt und seine Bilder besser werden; danach damit generieren.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_lockstep.cpp" line="-20"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click) to compare them step by step</source>
        <translation>Wählen Sie 2 bis 4 Bilder in der Galerie aus (Strg+Klick), um sie Schritt für Schritt zu vergleichen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click), or generate two images first, to compare them step by step</source>
        <translation>Wählen Sie 2 bis 4 Bilder in der Galerie aus (Strg+Klick) oder erzeugen Sie zuerst zwei Bilder, um sie Schritt für Schritt zu vergleichen</translation>
    </message>
</context>
<context>
    <name>stipple::ui::MaskDialog</name>
    <message>
        <location filename="../ui/mask_dialog.cpp" line="+18"/>
        <source>Paint the part to redraw</source>
        <translation>Neu zu zeichnenden Teil bemalen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint what to redraw (B). The right mouse button erases.</source>
        <translation>Bemalen, was neu gezeichnet wird (B). Die rechte Maustaste radiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take painted parts back (E).</source>
        <translation>Bemaltes zurücknehmen (E).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size in picture pixels ([ smaller, ] larger).</source>
        <translation>Pinselgröße in Bildpixeln ([ kleiner, ] größer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Size </source>
        <translation> Größe </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert</source>
        <translation>&amp;Umkehren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redraw everything except what is painted.</source>
        <translation>Alles außer dem Bemalten neu zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the whole mask.</source>
        <translation>Die ganze Maske entfernen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 % of the picture will be redrawn.</source>
        <translation>%1 % des Bildes werden neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing painted: the whole picture is redrawn as img2img.</source>
        <translation>Nichts bemalt: das ganze Bild wird als img2img neu gezeichnet.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.cpp" line="+83"/>
        <source>Model library</source>
        <translation>Modellbibliothek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to filter: name, SDXL, LoRA, embedding, VAE, folder…</source>
        <translation>Tippen zum Filtern: Name, SDXL, LoRA, Embedding, VAE, Ordner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder of models to the library, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Einen Modellordner zur Bibliothek hinzufügen, z. B. den models-Ordner von AUTOMATIC1111 (seine Unterordner Stable-diffusion, Lora, embeddings und VAE werden alle gelesen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescan</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Recent model</source>
        <translation>Zuletzt benutztes Modell</translation>
    </message>
</context>
<context>
    <name>stipple::ui::NoisingView</name>
    <message>
        <location filename="../ui/noising_view.cpp" line="+72"/>
        <source>Forward noising</source>
        <translation>Vorwärts-Verrauschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image in the main window</source>
        <translation>Bild im Hauptfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file…</source>
        <translation>Bilddatei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in scene</source>
        <translation>Eingebaute Szene</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Image to noise</source>
        <translation>Zu verrauschendes Bild</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Image x₀:</source>
        <translation>&amp;Bild x₀:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene prompt</source>
        <translation>Prompt der Szene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stipple Shapes scene drawn exactly (no model involved): the kind of picture the built-in model was trained on.</source>
        <translation>Eine exakt gezeichnete Stipple-Shapes-Szene (ohne Modell): die Art Bild, mit der das eingebaute Modell trainiert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layout </source>
        <translation>Anordnung </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene layout seed</source>
        <translation>Seed der Szenenanordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clean image x₀</source>
        <translation>Das saubere Bild x₀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noised image xₜ, decoded</source>
        <translation>Das verrauschte Bild xₜ, dekodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four latent channels of xₜ</source>
        <translation>Die vier Latent-Kanäle von xₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image above.</source>
        <translation>Wählen Sie oben ein Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>xₜ appears here.</source>
        <translation>Hier erscheint xₜ.</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+249"/>
        <source>The latent channels appear here.</source>
        <translation>Hier erscheinen die Latent-Kanäle.</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>What the model really works on: four numbers per block of pixels (8×8 for Stable Diffusion), one picture per channel: grey is 0, white +4, black −4.</source>
        <translation>Womit das Modell wirklich arbeitet: vier Zahlen pro Pixelblock (8×8 bei Stable Diffusion), ein Bild pro Kanal: Grau ist 0, Weiß +4, Schwarz −4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₀ (the image)</source>
        <translation>x₀ (das Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ decoded</source>
        <translation>xₜ dekodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ: the 4 latent channels</source>
        <translation>xₜ: die 4 Latent-Kanäle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noising formula</source>
        <translation>Formel des Verrauschens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;t:</source>
        <translation>Zeitschritt &amp;t:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Noising step t</source>
        <translation>Verrauschungsschritt t</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Drag from t = 0 (the clean image) to T (pure noise in training).</source>
        <translation>Ziehen Sie von t = 0 (dem sauberen Bild) bis T (reines Rauschen im Training).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ε &amp;seed:</source>
        <translation>ε-&amp;Seed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the noise ε</source>
        <translation>Seed des Rauschens ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same noise ε at every t: one noise fading in.</source>
        <translation>Derselbe Seed ergibt bei jedem t dasselbe Rauschen ε: ein einziges Rauschen, das eingeblendet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New noise</source>
        <translation>Neues Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw another ε (a random seed).</source>
        <translation>Ein anderes ε ziehen (ein zufälliger Seed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast preview</source>
        <translation>Schnelle Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE</source>
        <translation>Voller VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAESD</source>
        <translation>TAESD-Decoder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How xₜ is decoded</source>
        <translation>Wie xₜ dekodiert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE is exact but slow on large models; the fast preview is nearly free.</source>
        <translation>Der volle VAE ist exakt, aber bei großen Modellen langsam; die schnelle Vorschau kostet fast nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict first</source>
        <translation>Zuerst &amp;vorhersagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide xₜ after every change of t until Reveal is pressed: let the class guess first.</source>
        <translation>xₜ nach jeder Änderung von t verbergen, bis „Aufdecken“ gedrückt wird: Lassen Sie die Klasse zuerst raten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The main window shows no image yet: generate one, or choose a file or a built-in scene.</source>
        <translation>Das Hauptfenster zeigt noch kein Bild: Erzeugen Sie eines oder wählen Sie eine Datei oder eine eingebaute Szene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the main window&apos;s image</source>
        <translation>das Bild des Hauptfensters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2×%3 pixels: larger than this view reads (%4 px a side).</source>
        <translation>%1 hat %2×%3 Pixel: größer, als diese Ansicht liest (%4 px pro Seite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>scene “%1”</source>
        <translation>Szene „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot draw that scene: %1</source>
        <translation>Diese Szene kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>x₀: %1, %2×%3</source>
        <translation>x₀: %1, %2×%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (load a model for its schedule)</source>
        <translation>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (laden Sie ein Modell für seinen Rauschplan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</source>
        <translation>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predict: what does xₜ look like at t = %1? Then press Reveal.</source>
        <translation>Vorhersage: Wie sieht xₜ bei t = %1 aus? Dann „Aufdecken“ drücken.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the model to load…</source>
        <translation>Warten, bis das Modell geladen ist…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>xₜ at t = %1 with ε seed %2 (%3×%4 latent)</source>
        <translation>xₜ bei t = %1 mit ε-Seed %2 (%3×%4 Latent)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not noise the image: %1</source>
        <translation>Das Bild konnte nicht verrauscht werden: %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::OutpaintDialog</name>
    <message>
        <location filename="../ui/outpaint_dialog.cpp" line="+14"/>
        <source>Extend canvas</source>
        <translation>Leinwand erweitern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture gets a border that the next generation paints (outpainting). Use &quot;Masked content: fill&quot; and a denoising strength near 1.</source>
        <translation>Das Bild bekommt einen Rand, den die nächste Generierung malt (Outpainting). „Maskierter Inhalt: Füllen“ und eine Entrauschstärke nahe 1 verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom</source>
        <translation>&amp;Unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the left</source>
        <translation>Links hinzuzufügende Pixel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the top</source>
        <translation>Oben hinzuzufügende Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the right</source>
        <translation>Rechts hinzuzufügende Pixel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the bottom</source>
        <translation>Unten hinzuzufügende Pixel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far into the picture the redrawn border reaches, so the seam is painted over too.</source>
        <translation>Wie weit der neu gezeichnete Rand ins Bild reicht, damit auch die Naht übermalt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap into the picture</source>
        <translation>Überlappung ins Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overlap</source>
        <translation>Über&amp;lappung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1×%2 → %3×%4</source>
        <translation>%1×%2 → %3×%4 Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pixels on at least one side.</source>
        <translation>Auf mindestens einer Seite Pixel hinzufügen.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+12"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the opened image&apos;s parameters ask for that Stipple does not reproduce: the image made here will differ in these.</source>
        <translation>Was die Parameter des geöffneten Bildes verlangen, Stipple aber nicht nachbildet: Das hier erzeugte Bild weicht darin ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reproduced from the opened image</source>
        <translation>Nicht nachgebildet aus dem geöffneten Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xamples</source>
        <translation>Beispie&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts this model knows how to draw: pick one to start from.</source>
        <translation>Prompts, die dieses Modell zeichnen kann: Wählen Sie einen als Ausgangspunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example prompts</source>
        <translation>Beispiel-Prompts</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+888"/>
        <source>Describe the image: subject, style, lighting… e.g. &quot;a watercolor fox in the snow, soft light&quot;</source>
        <translation>Beschreiben Sie das Bild: Motiv, Stil, Licht… z. B. „ein Aquarell-Fuchs im Schnee, weiches Licht“</translation>
    </message>
    <message>
        <location line="-887"/>
        <source>What you want to see. Ctrl+Enter generates.</source>
        <translation>Was Sie sehen möchten. Strg+Eingabe generiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt length in tokens</source>
        <translation>Prompt-Länge in Tokens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the model will not read in the prompt</source>
        <translation>Was das Modell im Prompt nicht liest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A long prompt is read in chunks (75 tokens for most models), each on its own, as AUTOMATIC1111 does. Words that belong together read best inside one chunk; BREAK starts a new one.</source>
        <translation>Ein langer Prompt wird in Abschnitten gelesen (bei den meisten Modellen 75 Token), jeder für sich, wie bei AUTOMATIC1111. Zusammengehörige Wörter wirken am besten im selben Abschnitt; BREAK beginnt einen neuen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the prompt&apos;s chunks begin</source>
        <translation>Wo die Abschnitte des Prompts beginnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Negative prompt</source>
        <translation>&amp;Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to avoid, e.g. &quot;blurry, lowres, watermark&quot;</source>
        <translation>Was vermieden werden soll, z. B. „verschwommen, niedrige Auflösung, Wasserzeichen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classifier-free guidance steers away from this text. Leave empty for none.</source>
        <translation>Classifier-free Guidance lenkt vom Inhalt dieses Textes weg. Leer lassen für keinen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt length in tokens</source>
        <translation>Negativ-Prompt-Länge in Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model will not read in the negative prompt</source>
        <translation>Was das Modell im negativen Prompt nicht liest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the negative prompt&apos;s chunks begin</source>
        <translation>Wo die Abschnitte des negativen Prompts beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The random seed: the same seed with the same settings gives the same image. Any whole number from 0 to 18446744073709551615. With several images, they use seed, seed+1, …</source>
        <translation>Der Zufalls-Seed: derselbe Seed mit denselben Einstellungen ergibt dasselbe Bild. Jede ganze Zahl von 0 bis 18446744073709551615. Bei mehreren Bildern werden Seed, Seed+1, … verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a new random seed now.</source>
        <translation>Jetzt einen neuen zufälligen Seed wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Zufälliger Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this seed</source>
        <translation>Diesen Seed &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: every Generate draws a new random seed. On: the seed above is used again (typing or reusing a seed turns this on).</source>
        <translation>Aus: Jedes Generieren zieht einen neuen zufälligen Seed. An: Der Seed oben wird erneut verwendet (Eintippen oder Wiederverwenden eines Seeds schaltet dies ein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed</source>
        <translation>&amp;Seed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Denoising steps. More steps refine more but take longer; 20-30 suits most samplers.</source>
        <translation>Entrauschungsschritte. Mehr Schritte verfeinern mehr, dauern aber länger; 20–30 passen für die meisten Sampler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps</source>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guidance scale (CFG): how strictly the image follows the prompt. 5-9 is typical; higher is more literal but harsher; 1 or less turns guidance (and the negative prompt) off.</source>
        <translation>Guidance-Skala (CFG): wie genau das Bild dem Prompt folgt. Üblich sind 5–9; höher ist wörtlicher, aber härter; 1 oder weniger schaltet die Guidance (und den Negativ-Prompt) ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale (CFG)</source>
        <translation>Guidance-Skala (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uidance</source>
        <translation>G&amp;uidance-Skala</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sampler (scheduler) that walks from noise to image. Hover an entry to learn more.</source>
        <translation>Der Sampler (Scheduler), der vom Rauschen zum Bild führt. Fahren Sie über einen Eintrag, um mehr zu erfahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ampler</source>
        <translation>S&amp;ampler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image width in pixels (a multiple of 8). Models work best at their training size.</source>
        <translation>Bildbreite in Pixeln (ein Vielfaches von 8). Modelle arbeiten am besten in ihrer Trainingsgröße.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image height in pixels (a multiple of 8).</source>
        <translation>Bildhöhe in Pixeln (ein Vielfaches von 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap width and height.</source>
        <translation>Breite und Höhe tauschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap width and height</source>
        <translation>Breite und Höhe tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common sizes: 512 for SD 1.x, 768 for SD 2.x, 1024 for SDXL.</source>
        <translation>Übliche Größen: 512 für SD 1.x, 768 für SD 2.x, 1024 für SDXL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size presets</source>
        <translation>Größenvorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>512 × 512 — SD 1.x square</source>
        <translation>512 × 512 — SD 1.x quadratisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>512 × 768 — SD 1.x portrait</source>
        <translation>512 × 768 — SD 1.x Hochformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 512 — SD 1.x landscape</source>
        <translation>768 × 512 — SD 1.x Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 768 — SD 2.x square</source>
        <translation>768 × 768 — SD 2.x quadratisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 × 1024 — SDXL square</source>
        <translation>1024 × 1024 — SDXL quadratisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>832 × 1216 — SDXL portrait</source>
        <translation>832 × 1216 — SDXL Hochformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1216 × 832 — SDXL landscape</source>
        <translation>1216 × 832 — SDXL Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 × 64 — tiny test models</source>
        <translation>64 × 64 — winzige Testmodelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many images to make in one go; they use seeds seed, seed+1, seed+2, …</source>
        <translation>Wie viele Bilder auf einmal entstehen; sie verwenden die Seeds Seed, Seed+1, Seed+2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of images</source>
        <translation>Anzahl der Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opened image was finished early with Finish now: stop at the same step to make it again.</source>
        <translation>Das geöffnete Bild wurde mit „Jetzt fertigstellen“ früh beendet: Beim selben Schritt anhalten, um es erneut zu erzeugen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variation seed, noise, clip skip</source>
        <translation>Variations-Seed, Rauschen, Clip-Skip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More seed settings, as in AUTOMATIC1111: variation seeds, where random numbers come from, eta noise seed delta and clip skip.</source>
        <translation>Weitere Seed-Einstellungen wie in AUTOMATIC1111: Variations-Seeds, Herkunft der Zufallszahlen, Eta-Rausch-Seed-Delta und Clip-Skip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced seed settings</source>
        <translation>Erweiterte Seed-Einstellungen</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The opened image read its prompt as written (diffusers style), and so does the next generation; Settings ▸ Prompt syntax returns to AUTOMATIC1111&apos;s.</source>
        <translation>Das geöffnete Bild hat seinen Prompt wörtlich gelesen (diffusers-Stil), die nächste Generierung ebenso; Einstellungen ▸ Prompt-Syntax kehrt zu AUTOMATIC1111 zurück.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Extensions and settings Stipple does not have: %1</source>
        <translation>Erweiterungen und Einstellungen, die Stipple nicht hat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys Stipple does not use: %1</source>
        <translation>Weitere Schlüssel, die Stipple nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood: %1</source>
        <translation>Nicht verstanden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model: %1 (no hash to compare; the loaded model is %2)</source>
        <translation>Modell: %1 (kein Hash zum Vergleich; geladen ist %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1 (the loaded model&apos;s hash is not known yet)</source>
        <translation>Modell: %1 (der Hash des geladenen Modells ist noch unbekannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model: %1, an old-style hash Stipple does not compute; the loaded model is %2</source>
        <translation>Modell: %1, ein Hash alter Art, den Stipple nicht berechnet; geladen ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 is not the loaded model, %2</source>
        <translation>Modell: %1 ist nicht das geladene Modell %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not reproduced from this image:
%1</source>
        <translation>Aus diesem Bild nicht nachgebildet:
%1</translation>
    </message>
    <message>
        <location line="-543"/>
        <location line="+8"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <source>Start from an image (img2img)</source>
        <translation>Von einem Bild ausgehen (img2img)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Redraw a picture of your own from the prompt instead of starting from noise.</source>
        <translation>Ein eigenes Bild nach dem Prompt neu zeichnen, statt vom Rauschen auszugehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image to image</source>
        <translation>Bild zu Bild</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start from an image (img2img) ●</source>
        <translation>Von einem Bild ausgehen (img2img) ●</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generate with these settings (Ctrl+Enter). While busy, the request waits in the queue.</source>
        <translation>Mit diesen Einstellungen generieren (Strg+Eingabe). Während der Arbeit wartet die Anfrage in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+636"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-637"/>
        <source>Stop the current image now (Esc). Nothing is saved.</source>
        <translation>Das aktuelle Bild sofort stoppen (Esc). Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Finish now</source>
        <translation>Jetzt fertigstellen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stop early and keep the current estimate as the result (decoded with the full VAE).</source>
        <translation>Früh aufhören und die aktuelle Schätzung als Ergebnis behalten (mit dem vollen VAE dekodiert).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected request from the queue.</source>
        <translation>Die ausgewählte Anfrage aus der Warteschlange entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests waiting for the current generation to finish, in order.</source>
        <translation>Anfragen, die auf das Ende der aktuellen Generierung warten, in Reihenfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a model</source>
        <translation>Ein Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint.</source>
        <translation>Einen Diffusers-Modellordner (mit model_index.json) oder einen einzelnen .safetensors-Checkpoint öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open model folder…</source>
        <translation>Modellordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model file…</source>
        <translation>Modelldatei öffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second seed whose noise is blended into the seed&apos;s by the strength below: the same picture, a little different. Empty with a strength above 0 draws one.</source>
        <translation>Ein zweiter Seed, dessen Rauschen mit der Stärke unten in das des Seeds gemischt wird: dasselbe Bild, etwas anders. Leer bei Stärke über 0 wird einer gezogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation seed</source>
        <translation>Variations-Seed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a new random variation seed now.</source>
        <translation>Jetzt einen neuen zufälligen Variations-Seed wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random variation seed</source>
        <translation>Zufälliger Variations-Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Variation seed</source>
        <translation>&amp;Variations-Seed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (off)</source>
        <translation>0 (aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the variation seed&apos;s noise to use: 0 is the seed alone, 1 the variation seed alone; 0.05-0.2 gives close variations.</source>
        <translation>Wie viel vom Rauschen des Variations-Seeds verwendet wird: 0 ist nur der Seed, 1 nur der Variations-Seed; 0,05–0,2 ergibt nahe Varianten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation strength</source>
        <translation>Variationsstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rength</source>
        <translation>Stä&amp;rke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the seed&apos;s noise as if the image were this size, so a seed keeps its composition at another size (A1111&apos;s &quot;Resize seed from&quot;). Off: the image&apos;s own size.</source>
        <translation>Das Rauschen des Seeds so ziehen, als hätte das Bild diese Größe, damit ein Seed seine Komposition bei anderer Größe behält (A1111: „Resize seed from“). Aus: die eigene Bildgröße.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize seed from width</source>
        <translation>Seed-Größe: Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize seed from height</source>
        <translation>Seed-Größe: Höhe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed si&amp;ze from</source>
        <translation>Seed-Grö&amp;ße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>torch on the CPU: the numbers of diffusers and ComfyUI (RNG: CPU)</source>
        <translation>torch auf der CPU: die Zahlen von diffusers und ComfyUI (RNG: CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (NVIDIA)</source>
        <translation>Grafikkarte (NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s default: the numbers of an NVIDIA GPU, computed here (RNG: NV)</source>
        <translation>Standard von AUTOMATIC1111: die Zahlen einer NVIDIA-Grafikkarte, hier berechnet (RNG: NV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this request&apos;s random numbers come from (the default is in Settings). An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>Woher die Zufallszahlen dieser Anfrage kommen (der Standard steht in den Einstellungen). Ein aus AUTOMATIC1111 geöffnetes Bild setzt, womit es erzeugt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random numbers</source>
        <translation>Zufallszahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ra&amp;ndom numbers</source>
        <translation>&amp;Zufallszahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The opened image does not say (no RNG key): AUTOMATIC1111&apos;s default, GPU, is assumed.</source>
        <translation>Das geöffnete Bild sagt es nicht (kein RNG-Schlüssel): Der Standard von AUTOMATIC1111, Grafikkarte, wird angenommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eta noise seed delta (ENSD): the samplers that add noise at every step (Euler a, DPM++ SDE…) draw it from seed + this number. 0 = off; 31337 was a common choice.</source>
        <translation>Eta-Rausch-Seed-Delta (ENSD): Sampler, die bei jedem Schritt Rauschen hinzufügen (Euler a, DPM++ SDE…), ziehen es aus Seed + dieser Zahl. 0 = aus; 31337 war üblich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta noise seed delta</source>
        <translation>Eta-Rausch-Seed-Delta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ENSD</source>
        <translation>&amp;ENSD-Delta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step (diffusers)</source>
        <translation>Pro Schritt (diffusers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh draw of the image&apos;s random numbers at every step, as diffusers</source>
        <translation>Bei jedem Schritt neue Zufallszahlen des Bildes, wie bei diffusers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brownian tree (AUTOMATIC1111)</source>
        <translation>Brownscher Baum (AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s: each image&apos;s steps share one Brownian motion drawn from its seed, the same whatever the batch size (SDE noise: brownian)</source>
        <translation>Wie AUTOMATIC1111: Alle Schritte eines Bildes teilen eine Brownsche Bewegung aus seinem Seed, gleich bei jeder Stapelgröße (SDE noise: brownian)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the DPM++ SDE samplers take the noise they add at every step. An image opened from AUTOMATIC1111 with such a sampler sets the Brownian tree.</source>
        <translation>Woher die DPM++-SDE-Sampler das Rauschen nehmen, das sie bei jedem Schritt hinzufügen. Ein aus AUTOMATIC1111 geöffnetes Bild mit einem solchen Sampler stellt den Brownschen Baum ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>SDE noise</source>
        <translation>SDE-Rauschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip skip, counted as AUTOMATIC1111 does: 1 uses the text encoder&apos;s last layer, 2 the one before (what many anime models expect).</source>
        <translation>Clip-Skip, gezählt wie in AUTOMATIC1111: 1 verwendet die letzte Schicht des Textkodierers, 2 die davor (was viele Anime-Modelle erwarten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip skip</source>
        <translation>Clip-Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clip skip</source>
        <translation>&amp;Clip-Skip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Standard (Original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(word:1.3) multiplies the word&apos;s embedding, then the prompt is rescaled to its original mean (AUTOMATIC1111&apos;s default)</source>
        <translation>(wort:1.3) multipliziert die Einbettung des Wortes, danach wird der Prompt auf seinen ursprünglichen Mittelwert zurückskaliert (Standard von AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No norm</source>
        <translation>Ohne Normierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights multiply without the rescale (said to suit SDXL better)</source>
        <translation>Gewichte multiplizieren ohne Zurückskalieren (soll für SDXL besser passen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brackets and weights are removed from the prompt but change nothing</source>
        <translation>Klammern und Gewichte werden aus dem Prompt entfernt, bewirken aber nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (literal brackets)</source>
        <translation>Keine (Klammern als Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weighting syntax: brackets, weights and BREAK are read as words</source>
        <translation>Keine Gewichtungssyntax: Klammern, Gewichte und BREAK werden als Wörter gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weights such as (word:1.3) do, as AUTOMATIC1111&apos;s emphasis mode. An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>Was Gewichte wie (wort:1.3) bewirken, wie der Emphasis-Modus von AUTOMATIC1111. Ein aus AUTOMATIC1111 geöffnetes Bild stellt ein, womit es erzeugt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emphasis mode</source>
        <translation>Betonungsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mphasis</source>
        <translation>Bet&amp;onung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching (DeepCache): the whole model runs only every N-th step, and the steps between reuse its deep features. Faster, and the picture comes out slightly different from the full run. Off makes the exact picture.</source>
        <translation>Schritt-Caching (DeepCache): Das ganze Modell läuft nur bei jedem N-ten Schritt, die Schritte dazwischen verwenden seine tiefen Merkmale wieder. Schneller, und das Bild weicht etwas vom vollen Lauf ab. „Aus“ ergibt das exakte Bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step caching interval</source>
        <translation>Intervall des Schritt-Cachings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching</source>
        <translation>Schritt-Caching</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Variation seed: %1</source>
        <translation>Variations-Seed: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sampler: %1 (not available; kept %2)</source>
        <translation>Sampler: %1 (nicht verfügbar; %2 beibehalten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish at step %1 of %2, as this image was</source>
        <translation>Bei Schritt %1 von %2 fertigstellen, wie dieses Bild</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Face restoration: %1 (choose a GFPGAN or CodeFormer .onnx file under Face detailer to restore faces)</source>
        <translation>Gesichtsrestaurierung: %1 (wählen Sie unter Gesichtsdetailer eine GFPGAN- oder CodeFormer-.onnx-Datei, um Gesichter zu restaurieren)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hires fix with an upscaler or a resize the app does not offer (set: the first pass only; an upscaler model: put its .safetensors in models/ESRGAN or pick it under Hires fix › Upscaler, then restore again; a resize: stipple-cli generate --hires-resize): %1</source>
        <translation>Hires-Fix mit einem Upscaler oder einer Größenangabe, die die App nicht anbietet (gesetzt: nur der erste Durchgang; ein Upscaler-Modell: seine .safetensors nach models/ESRGAN legen oder unter Hires-Fix › Hochskalierer wählen, dann erneut wiederherstellen; eine Größenangabe: stipple-cli generate --hires-resize): %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LoRA not in your LoRA folder (%1): %2</source>
        <translation>LoRA nicht in deinem LoRA-Ordner (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypernetworks are not loaded: %1</source>
        <translation>Hypernetzwerke werden nicht geladen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VAE: made with the model&apos;s own VAE; %1 is chosen in Model ▸ VAE</source>
        <translation>VAE: mit dem eigenen VAE des Modells erstellt; in Modell ▸ VAE ist %1 gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE: made with %1 (choose it in Model ▸ VAE)</source>
        <translation>VAE: mit %1 erstellt (in Modell ▸ VAE wählen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose another model: the library lists your recent models first, then every checkpoint, LoRA, embedding and VAE in your model folders (type to filter).</source>
        <translation>Klicken, um ein anderes Modell zu wählen: die Bibliothek zeigt zuerst die zuletzt benutzten Modelle, dann jeden Checkpoint, jede LoRA, jedes Embedding und jedes VAE in den Modellordnern (tippen zum Filtern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no model — choose one…)</source>
        <translation>(kein Modell — eines wählen…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stipple Shapes (built-in)</source>
        <translation>Stipple Shapes (eingebaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stipple&apos;s own small model: coloured shapes on plain backgrounds, fast on any CPU — the classroom demo.</source>
        <translation>Stipples eigenes kleines Modell: farbige Formen auf einfarbigem Hintergrund, schnell auf jeder CPU — die Demo für den Unterricht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prompt length in tokens, and the length of the %1-token chunks it fills, as AUTOMATIC1111 counts. A longer prompt adds a chunk; nothing is cut off.</source>
        <translation>Prompt-Länge in Token und die Länge der %1-Token-Abschnitte, die er füllt, gezählt wie in AUTOMATIC1111. Ein längerer Prompt fügt einen Abschnitt hinzu; nichts wird abgeschnitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Länge des Prompts in Tokens und wie viele der Textencoder des Modells liest. Wörter darüber hinaus werden ignoriert; ein Hinweis unter dem Prompt zeigt, welche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This model does not know: %1. It draws only what its vocabulary names (see Examples).</source>
        <translation>Dieses Modell kennt nicht: %1. Es zeichnet nur, was sein Wortschatz benennt (siehe Beispiele).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the model&apos;s %1-token limit, ignored: “%2”</source>
        <translation>Jenseits der Grenze von %1 Tokens, ignoriert: „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chunk %1 (BREAK) starts at: “%2”</source>
        <translation>Abschnitt %1 (BREAK) beginnt bei: „%2“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chunk %1 starts at: “%2”</source>
        <translation>Abschnitt %1 beginnt bei: „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… %1 chunks in all</source>
        <translation>… insgesamt %1 Abschnitte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Describe the shapes, e.g. &quot;%1&quot;</source>
        <translation>Beschreiben Sie die Formen, z. B. „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aborting…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue: empty</source>
        <translation>Warteschlange: leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue: %1 waiting</source>
        <translation>Warteschlange: %1 wartend</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>guidance %L1</source>
        <translation>Guidance %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="-638"/>
        <source>Model library…</source>
        <translation>Modellbibliothek…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PipelineStrip</name>
    <message>
        <location filename="../ui/pipeline_strip.cpp" line="+35"/>
        <source>Pipeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNet loop</source>
        <translation>UNet-Schleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your words</source>
        <translation>Ihre Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words → numbers</source>
        <translation>Wörter → Zahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers → meaning</source>
        <translation>Zahlen → Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× N steps</source>
        <translation>× N Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× 1 step</source>
        <translation>× 1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>× %1 steps</source>
        <translation>× %1 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent → pixels</source>
        <translation>Latent → Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding the prompt</source>
        <translation>Prompt wird kodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoising, step %1 of %2</source>
        <translation>Entrauschen, Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denoising</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding with the VAE</source>
        <translation>Dekodieren mit dem VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PngImporter</name>
    <message>
        <location filename="../ui/png_import.cpp" line="+356"/>
        <source>1 image imported.</source>
        <translation>1 Bild importiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images imported.</source>
        <translation>%1 Bilder importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was already in the history.</source>
        <translation>1 war bereits im Verlauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were already in the history.</source>
        <translation>%1 waren bereits im Verlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had no parameters Stipple can read (imported as images only).</source>
        <translation>%1 hatten keine Parameter, die Stipple lesen kann (nur als Bilder importiert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Abgebrochen: Die noch nicht gelesenen Dateien wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not store some images: %1</source>
        <translation>Der Verlauf konnte einige Bilder nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file could not be read:</source>
        <translation>1 Datei konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be read:</source>
        <translation>%1 Dateien konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder of PNG images</source>
        <translation>Ordner mit PNG-Bildern importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading images…</source>
        <translation>Bilder werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Import PNG folder</source>
        <translation>PNG-Ordner importieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2 images…</source>
        <translation>%1 von %2 Bildern werden importiert…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PresenterWindow</name>
    <message>
        <location filename="../ui/presenter_window.cpp" line="+49"/>
        <source>Stipple — Presenter view</source>
        <translation>Stipple — Präsentationsansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the presenter view</source>
        <translation>Präsentationsansicht verlassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tep</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step scrubber</source>
        <translation>Schrittregler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the picture at every step of the run, from noise to the result.</source>
        <translation>Ziehen, um das Bild bei jedem Schritt des Laufs zu sehen, vom Rauschen bis zum Ergebnis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave (Esc)</source>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the seed above is used again. Off: every Generate draws a new one.</source>
        <translation>Ein: Der Seed oben wird wiederverwendet. Aus: Jedes Generieren zieht einen neuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale</source>
        <translation>Guidance-Skala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Seed</source>
        <translation>&amp;Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;eps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance</source>
        <translation>&amp;Guidance-Skala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide the result until the end</source>
        <translation>Ergebnis bis zum Ende &amp;verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first: the picture stays blank while the run goes and appears when it ends; then the scrubber shows every step.</source>
        <translation>Erst vorhersagen: Das Bild bleibt leer, solange der Lauf dauert, und erscheint an seinem Ende; danach zeigt der Regler jeden Schritt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>Generierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted — nothing saved</source>
        <translation>Abgebrochen — nichts gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predict first: what will the picture show?

It appears when the run ends.</source>
        <translation>Erst vorhersagen: Was wird das Bild zeigen?

Es erscheint, wenn der Lauf endet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture appears here.

Write a prompt and press Generate.</source>
        <translation>Hier erscheint das Bild.

Schreiben Sie einen Prompt und drücken Sie Generieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Step %1 of %2 · hidden</source>
        <translation>Schritt %1 von %2 · verborgen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Hidden until the end</source>
        <translation>Bis zum Ende verborgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview caption</source>
        <translation>Vorschau-Beschriftung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denoised estimate (x₀)</source>
        <translation>Entrauschte Schätzung (x₀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noisy latent (xₜ)</source>
        <translation>Verrauschter Latent (xₜ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview shows</source>
        <translation>Vorschau zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the live preview shows: the model&apos;s current guess of the finished image (x₀), or the noisy latent the sampler is actually working on (xₜ).</source>
        <translation>Was die Live-Vorschau zeigt: die aktuelle Schätzung des Modells für das fertige Bild (x₀) oder den verrauschten Latent, an dem der Sampler tatsächlich arbeitet (xₜ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Fast preview (latent → RGB)</source>
        <translation>Schnelle Vorschau (Latent → RGB)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>TAESD preview</source>
        <translation>TAESD-Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview decoder</source>
        <translation>Vorschau-Decoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How previews are decoded: a nearly free linear approximation, or TAESD, a tiny decoder that looks much closer to the final image (needs TAESD weights beside the model).</source>
        <translation>Wie Vorschauen dekodiert werden: mit einer fast kostenlosen linearen Näherung oder mit TAESD, einem winzigen Decoder, der dem fertigen Bild viel näher kommt (braucht TAESD-Gewichte neben dem Modell).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full VAE: off</source>
        <translation>Voller VAE: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE every </source>
        <translation>Voller VAE alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE preview every N steps</source>
        <translation>Vorschau mit vollem VAE alle N Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode the preview with the real VAE every N steps: exact colours and detail, but slow on large models. 0 turns it off.</source>
        <translation>Die Vorschau alle N Schritte mit dem echten VAE dekodieren: exakte Farben und Details, aber langsam bei großen Modellen. 0 schaltet es ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview image</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Hier erscheint Ihr Bild.

Schreiben Sie einen Prompt und drücken Sie Generieren (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step timeline</source>
        <translation>Schritt-Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step timeline: drag to see the preview of every step of the current image.</source>
        <translation>Schritt-Zeitleiste: ziehen, um die Vorschau jedes Schritts des aktuellen Bildes zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown step</source>
        <translation>Angezeigter Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>▶ Replay</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Replay every step slowly, from noise to the result: for a class, where twenty steps go by in a blink.</source>
        <translation>Alle Schritte langsam abspielen, vom Rauschen bis zum Ergebnis: für den Unterricht, wo zwanzig Schritte im Nu vorbei sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the steps</source>
        <translation>Schritte abspielen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SNR</source>
        <translation>SNR-Kurve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the noise schedule</source>
        <translation>Rauschplan zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the model&apos;s noise schedule (ᾱ and SNR) under the timeline, with a tick where each step of the run sits.</source>
        <translation>Den Rauschplan des Modells (ᾱ und SNR) unter der Zeitleiste zeigen oder verbergen, mit einer Markierung für jeden Schritt des Laufs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation progress</source>
        <translation>Fortschritt der Generierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step timing</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fast preview (full VAE)</source>
        <translation>Schnelle Vorschau (volles VAE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model&apos;s VAE decodes in a few milliseconds, so every step is previewed with it: exactly the result&apos;s colours.</source>
        <translation>Das VAE dieses Modells dekodiert in wenigen Millisekunden, daher wird jeder Schritt damit angezeigt: genau die Farben des Ergebnisses.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model has no TAESD weights (taesd_decoder.safetensors).</source>
        <translation>Dieses Modell hat keine TAESD-Gewichte (taesd_decoder.safetensors).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting… (encoding the prompt)</source>
        <translation>Start… (Prompt wird kodiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s/step · %2 elapsed · ETA %3</source>
        <translation>%1 s/Schritt · %2 vergangen · noch %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>xₜ</source>
        <translation>xₜ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x₀</source>
        <translation>x₀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1/%2 · %3</source>
        <translation>Schritt %1/%2 · %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Starting… (loading the upscaler)</source>
        <translation>Start… (der Hochskalierer wird geladen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tile %1/%2</source>
        <translation>Kachel %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s/tile · %2 elapsed · ETA %3</source>
        <translation>%1 s/Kachel · %2 vergangen · noch %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Wird abgebrochen — es wird nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PromptTokensWindow</name>
    <message>
        <location filename="../ui/prompt_tokens_window.cpp" line="+17"/>
        <source>%1 · %2/%3 tokens in 1 chunk</source>
        <translation>%1 · %2/%3 Tokens in 1 Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 tokens in %4 chunks</source>
        <translation>%1 · %2/%3 Tokens in %4 Abschnitten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Prompt as tokens</source>
        <translation>Prompt als Tokens</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+35"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Each chip is one token the text encoder reads (hover for its id). Orange: emphasised with (word) or (word:1.5), the number under it is the weight; blue: weakened with [word]; purple: an embedding&apos;s vectors. The encoder reads the prompt in chunks of a fixed length; BREAK starts a new one.</source>
        <translation>Jeder Chip ist ein Token, das der Text-Encoder liest (darüberfahren zeigt seine ID). Orange: betont mit (Wort) oder (Wort:1.5), die Zahl darunter ist das Gewicht; Blau: abgeschwächt mit [Wort]; Lila: die Vektoren eines Embeddings. Der Encoder liest den Prompt in Abschnitten fester Länge; BREAK beginnt einen neuen.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ReguideTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+34"/>
        <source>Guidance view: re-guiding at %1</source>
        <translation>Guidance-Ansicht: neu geführt mit %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedEdit</name>
    <message>
        <location filename="../ui/seed_edit.cpp" line="+41"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a seed (a whole number from 0 to 18446744073709551615).</source>
        <translation>Geben Sie einen Seed ein (eine ganze Zahl von 0 bis 18446744073709551615).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A seed has digits only (0-9).</source>
        <translation>Ein Seed besteht nur aus Ziffern (0–9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed is too large: the largest seed is 18446744073709551615 (2^64 - 1).</source>
        <translation>Der Seed ist zu groß: Der größte Seed ist 18446744073709551615 (2^64 − 1).</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedTriageDialog</name>
    <message>
        <location filename="../ui/seed_triage_dialog.cpp" line="+44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed triage</source>
        <translation>Seed-Vorauswahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of seeds</source>
        <translation>Anzahl der Seeds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many seeds to try (each keeps its paused run in memory until the dialog closes).</source>
        <translation>Wie viele Seeds probiert werden (jeder hält seinen pausierten Lauf im Speicher, bis der Dialog geschlossen wird).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which seeds</source>
        <translation>Welche Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the current seed upward</source>
        <translation>Ab dem aktuellen Seed aufwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seeds</source>
        <translation>Zufällige Seeds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at this share of the steps</source>
        <translation>Vorschau bei diesem Anteil der Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> % of the steps</source>
        <translation> % der Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far each seed is rendered for its preview. The picked ones continue from there.</source>
        <translation>Wie weit jeder Seed für seine Vorschau gerendert wird. Die ausgewählten machen dort weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode previews with the full VAE (slower, truer)</source>
        <translation>Vorschauen mit dem vollen VAE dekodieren (langsamer, genauer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds:</source>
        <translation>Anzahl der Seeds:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at:</source>
        <translation>Vorschau bei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render previews</source>
        <translation>Vorschauen rendern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renders every seed to the chosen share of the steps with the main window&apos;s parameters.</source>
        <translation>Rendert jeden Seed bis zum gewählten Anteil der Schritte mit den Parametern des Hauptfensters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chosen</source>
        <translation>Ausgewählte fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishes the chosen seeds from where their previews stopped: the same images as full generations, saved and added to the gallery.</source>
        <translation>Stellt die ausgewählten Seeds von dort fertig, wo ihre Vorschauen stehen blieben: dieselben Bilder wie vollständige Generierungen, gespeichert und zur Galerie hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Render previews, then click the promising ones and continue them.</source>
        <translation>Rendern Sie Vorschauen, klicken Sie dann die vielversprechenden an und setzen Sie sie fort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed previews</source>
        <translation>Seed-Vorschauen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model loaded: open a model first.</source>
        <translation>Kein Modell geladen: Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot render: %1</source>
        <translation>Rendern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no parameters</source>
        <translation>keine Parameter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 steps · %3 · CFG %4 · %5×%6</source>
        <translation>„%1“ · %2 Schritte · %3 · CFG %4 · %5×%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s sampler</source>
        <translation>der Sampler des Modells</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering previews…</source>
        <translation>Vorschauen werden gerendert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the running job to finish…</source>
        <translation>Warten, bis der laufende Auftrag fertig ist…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishing 1 seed…</source>
        <translation>1 Seed wird fertiggestellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finishing %1 seeds…</source>
        <translation>%1 Seeds werden fertiggestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendering…</source>
        <translation>wird gerendert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing…</source>
        <translation>wird fertiggestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 chosen</source>
        <translation>1 ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 chosen</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finishing seed %1 · step %2 of %3</source>
        <translation>Seed %1 wird fertiggestellt · Schritt %2 von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed %1 of %2 · step %3 of %4</source>
        <translation>Seed %1 von %2 · Schritt %3 von %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1 of %2 previewed</source>
        <translation>Vorschau für Seed %1 von %2 fertig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved seed %1</source>
        <translation>Seed %1 gespeichert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 saved; continue again to finish the rest.</source>
        <translation>Abgebrochen: %1 gespeichert; setzen Sie erneut fort, um den Rest fertigzustellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 saved in the output folder and added to the gallery.</source>
        <translation>Fertig: %1 im Ausgabeordner gespeichert und zur Galerie hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 previews rendered.</source>
        <translation>Abgebrochen: %1 von %2 Vorschauen gerendert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the promising ones, then Continue the chosen.</source>
        <translation>Klicken Sie die vielversprechenden an, dann „Ausgewählte fortsetzen“.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: Pictures/Stipple</source>
        <translation>Standard: Bilder/Stipple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every result is saved, in one folder per day (YYYY-MM-DD).</source>
        <translation>Wo jedes Ergebnis gespeichert wird, in einem Ordner pro Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder</source>
        <translation>&amp;Ausgabeordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for generation. Automatic uses one per physical core.</source>
        <translation>CPU-Threads für die Generierung. Automatisch verwendet einen pro physischem Kern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads</source>
        <translation>CPU-&amp;Threads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (bfloat16 for large models where it is faster)</source>
        <translation>Automatisch (bfloat16 für große Modelle, wo es schneller ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (exact, more memory)</source>
        <translation>float32 (exakt, mehr Speicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the memory)</source>
        <translation>bfloat16 (halber Speicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the model weights. Applies the next time a model is loaded.</source>
        <translation>Genauigkeit der Modellgewichte. Gilt beim nächsten Laden eines Modells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision</source>
        <translation>&amp;Genauigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of Stipple&apos;s windows. Applies the next time Stipple starts.</source>
        <translation>Die Sprache der Fenster von Stipple. Gilt beim nächsten Start von Stipple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU (as diffusers and ComfyUI)</source>
        <translation>Prozessor (wie diffusers und ComfyUI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (as AUTOMATIC1111 on NVIDIA)</source>
        <translation>Grafikkarte (wie AUTOMATIC1111 auf NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the starting noise of a seed comes from. The same seed gives a different image with each: CPU matches diffusers and ComfyUI, GPU matches AUTOMATIC1111&apos;s default (computed here on the CPU, written as &quot;RNG: NV&quot;). An opened image uses its own.</source>
        <translation>Woher das Startrauschen eines Seeds kommt. Derselbe Seed ergibt mit jeder Quelle ein anderes Bild: Prozessor entspricht diffusers und ComfyUI, Grafikkarte dem Standard von AUTOMATIC1111 (hier auf dem Prozessor berechnet, als „RNG: NV“ gespeichert). Ein geöffnetes Bild verwendet seine eigene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random numbers</source>
        <translation>Zufallszahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random numbers</source>
        <translation>&amp;Zufallszahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTOMATIC1111: (word:1.2), BREAK, any length</source>
        <translation>AUTOMATIC1111: (Wort:1.2), BREAK, beliebig lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusers: text as written, cut at the limit</source>
        <translation>Diffusers: Text wie geschrieben, an der Grenze abgeschnitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a prompt becomes what the model reads. AUTOMATIC1111&apos;s syntax weights words and reads long prompts in chunks; Diffusers passes the text as it is and ignores what is past the text encoder&apos;s limit.</source>
        <translation>Wie aus einem Prompt wird, was das Modell liest. Die Syntax von AUTOMATIC1111 gewichtet Wörter und liest lange Prompts in Abschnitten; Diffusers gibt den Text unverändert weiter und ignoriert, was über die Grenze des Textkodierers hinausgeht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt syntax</source>
        <translation>Prompt-Syntax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt s&amp;yntax</source>
        <translation>Prompt-S&amp;yntax</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model &amp;folders</source>
        <translation>Modell&amp;ordner</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Model folders</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a models folder</source>
        <translation>Einen Modellordner hinzufügen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Folders the model library scans besides %1, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Ordner, die die Modellbibliothek zusätzlich zu %1 durchsucht, z. B. der models-Ordner von AUTOMATIC1111 (seine Unterordner Stable-diffusion, Lora, embeddings und VAE werden alle gelesen).</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SnrPlot</name>
    <message>
        <location filename="../ui/snr_plot.cpp" line="+49"/>
        <source>Noise schedule: ᾱ and SNR over t</source>
        <translation>Rauschplan: ᾱ und SNR über t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s noise schedule. Blue: the signal-to-noise ratio SNR = ᾱ/(1−ᾱ), log scale (left). Orange: ᾱ, the share of the image left at step t (right). Where SNR falls below 1, noise outweighs the image.</source>
        <translation>Der Rauschplan des Modells. Blau: das Signal-Rausch-Verhältnis SNR = ᾱ/(1−ᾱ), logarithmische Skala (links). Orange: ᾱ, der Anteil des Bildes, der bei Schritt t übrig ist (rechts). Wo SNR unter 1 fällt, überwiegt das Rauschen das Bild.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Load a model to see its noise schedule.</source>
        <translation>Laden Sie ein Modell, um seinen Rauschplan zu sehen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR (log scale)</source>
        <translation>SNR (log. Skala)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ᾱ (image left)</source>
        <translation>ᾱ (verbleibendes Bild)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR(%1) = 0</source>
        <translation>SNR(%1) = 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SNR = 1 at t = %1</source>
        <translation>SNR = 1 bei t = %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>t = %1 · ᾱ = %2 · SNR = %3</source>
        <translation>t = %1 · ᾱ = %2 · SNR = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noise schedule of the model (T = %1)</source>
        <translation>Rauschplan des Modells (T = %1)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SweepDialog</name>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Sweep</source>
        <translation>Parameter-Sweep</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>X axis</source>
        <translation>X-Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis</source>
        <translation>Y-Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X axis values</source>
        <translation>Werte der X-Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis values</source>
        <translation>Werte der Y-Achse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;model…</source>
        <translation>&amp;Modell hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model to the Model axis: a recent one, a .safetensors file or a diffusers folder. The sweep loads the models one at a time and puts yours back afterwards.</source>
        <translation>Ein Modell zur Modell-Achse hinzufügen: ein zuletzt benutztes, eine .safetensors-Datei oder einen diffusers-Ordner. Die Reihe lädt die Modelle nacheinander und lädt danach wieder Ihres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X &amp;values:</source>
        <translation>X-&amp;Werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Y axis:</source>
        <translation>&amp;Y-Achse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y va&amp;lues:</source>
        <translation>Y-W&amp;erte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve grid…</source>
        <translation>Raster &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use cell&apos;s parameters</source>
        <translation>Parameter der Zelle &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open cell</source>
        <translation>Zelle ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected cell&apos;s prompt, seed and settings into the main window.</source>
        <translation>Prompt, Seed und Einstellungen der gewählten Zelle ins Hauptfenster übernehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep progress</source>
        <translation>Fortschritt des Sweeps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep grid</source>
        <translation>Sweep-Raster</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading model %1 of %2: %3…</source>
        <translation>Modell %1 von %2 wird geladen: %3…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sweep failed: %1</source>
        <translation>Der Sweep ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 cells done.</source>
        <translation>Abgebrochen: %1 von %2 Zellen fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 cells. Click a cell to select it, double-click to open it.</source>
        <translation>Fertig: %1 Zellen. Klicken wählt eine Zelle aus, Doppelklicken öffnet sie.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 × %2 = %3 cells, %4 steps in all.</source>
        <translation>%1 × %2 = %3 Zellen, insgesamt %4 Schritte.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Model &amp;file…</source>
        <translation>Modell&amp;datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model f&amp;older…</source>
        <translation>Modell&amp;ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a diffusers model folder</source>
        <translation>diffusers-Modellordner hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the X values: a list or a range.</source>
        <translation>Geben Sie die X-Werte an: eine Liste oder einen Bereich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendering %1 cells…</source>
        <translation>%1 Zellen werden erzeugt…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Sweep cell %1</source>
        <translation>Sweep-Zelle %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use these parameters</source>
        <translation>Diese Parameter &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finished cells to save.</source>
        <translation>Keine fertigen Zellen zum Speichern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save sweep grid</source>
        <translation>Sweep-Raster speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TokenChipsView</name>
    <message>
        <location filename="../ui/token_chips.cpp" line="+87"/>
        <source>Chunk %1 · %2 of %3 tokens</source>
        <translation>Abschnitt %1 · %2 von %3 Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>begins at BREAK</source>
        <translation>beginnt bei BREAK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the words after its last comma moved on</source>
        <translation>die Wörter nach seinem letzten Komma sind weitergerückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest is padding</source>
        <translation>der Rest ist Auffüllung</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>chunk %1, position %2</source>
        <translation>Abschnitt %1, Position %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding “%1”: vector %2 of %3 · weight %4 · %5</source>
        <translation>Embedding „%1“: Vektor %2 von %3 · Gewicht %4 · %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” · id %2 · weight %3 · %4</source>
        <translation>„%1“ · ID %2 · Gewicht %3 · %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and 1 more token, not shown</source>
        <translation>… und 1 weiteres Token, nicht gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more tokens, not shown</source>
        <translation>… und %1 weitere Tokens, nicht gezeigt</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train_dialog.cpp" line="+54"/>
        <source>Train a tiny model</source>
        <translation>Ein winziges Modell trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each run makes a new model folder in here.</source>
        <translation>Jeder Lauf legt hier einen neuen Modellordner an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>Save tiny models in</source>
        <translation>Winzige Modelle speichern in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model to train</source>
        <translation>Zu trainierendes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: 6 colours, 3 shapes, 32×32 pixels (about 10 minutes)</source>
        <translation>Unterricht: 6 Farben, 3 Formen, 32×32 Pixel (etwa 10 Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small model of the built-in kind, trained from scratch on pictures Stipple draws: first its tokenizer and text encoder, then its VAE, then the denoising UNet.</source>
        <translation>Ein kleines Modell von der Art des eingebauten, von Grund auf trainiert mit Bildern, die Stipple zeichnet: zuerst Tokenizer und Text-Encoder, dann der VAE, dann das entrauschende UNet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops after the current step; the model exported last stays usable.</source>
        <translation>Hält nach dem aktuellen Schritt an; das zuletzt exportierte Modell bleibt nutzbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open as model</source>
        <translation>Als Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads the trained model in the main window, to generate with it.</source>
        <translation>Lädt das trainierte Modell im Hauptfenster, um damit zu generieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start trains a new model from scratch. The loss and sample pictures appear as it learns.</source>
        <translation>„Starten“ trainiert ein neues Modell von Grund auf. Verlust und Beispielbilder erscheinen, während es lernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample pictures</source>
        <translation>Beispielbilder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Samples (the same prompts and seed as it trains)</source>
        <translation>Beispiele (dieselben Prompts und derselbe Seed während des Trainings)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot make the folder &apos;%1&apos;: choose another one.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The app is shutting down.</source>
        <translation>Die App wird beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the running job to finish…</source>
        <translation>Warten, bis der laufende Auftrag fertig ist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: making the tokenizer…</source>
        <translation>Start: Der Tokenizer wird erstellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening %1 in the main window.</source>
        <translation>%1 wird im Hauptfenster geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the dialog was closed.</source>
        <translation>Angehalten: Der Dialog wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the tokenizer from generated captions…</source>
        <translation>Der Tokenizer wird aus erzeugten Bildunterschriften erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 step %2/%3 · loss %4 · %5 elapsed · about %6 left</source>
        <translation>%1 Schritt %2/%3 · Verlust %4 · %5 vergangen · noch etwa %6</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered in %1 s with %2 sampler steps</source>
        <translation>In %1 s mit %2 Sampler-Schritten gerendert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1 diffusion steps in %2 (samples took %3 s). The model is in %4.</source>
        <translation>Fertig: %1 Diffusionsschritte in %2 (Beispiele dauerten %3 s). Das Modell liegt in %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped at diffusion step %1. The model exported last is in %2.</source>
        <translation>Bei Diffusionsschritt %1 angehalten. Das zuletzt exportierte Modell liegt in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first model was exported: there is nothing to open yet.</source>
        <translation>Angehalten, bevor das erste Modell exportiert wurde: Es gibt noch nichts zu öffnen.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::UpscaleDialog</name>
    <message>
        <location filename="../ui/upscale_dialog.cpp" line="+30"/>
        <source>Upscale %1</source>
        <translation>%1 hochskalieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaler</source>
        <translation>Hochskalierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanczos and Nearest resample the pixels. ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail.</source>
        <translation>Lanczos und Nearest rechnen die Pixel um. ESRGAN- und Real-ESRGAN-Modelle (.safetensors in models/ESRGAN, models/RealESRGAN oder models/upscale_models) zeichnen neue Details.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upscale by</source>
        <translation>Vergrößern um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each side is multiplied by this, then rounded down to a multiple of 8 (as AUTOMATIC1111 does).</source>
        <translation>Jede Seite wird damit multipliziert und dann auf ein Vielfaches von 8 abgerundet (wie in AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upscaler:</source>
        <translation>&amp;Hochskalierer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upscale</source>
        <translation>&amp;Hochskalieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking for upscaler models in the library folders…</source>
        <translation>Suche nach Hochskalierer-Modellen in den Bibliotheksordnern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upscaler models found. Put ESRGAN or Real-ESRGAN .safetensors files in models/ESRGAN to use them here.</source>
        <translation>Keine Hochskalierer-Modelle gefunden. Legen Sie ESRGAN- oder Real-ESRGAN-.safetensors-Dateien in models/ESRGAN, um sie hier zu nutzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: refused, %2</source>
        <translation>%1: abgelehnt, %2</translation>
    </message>
</context>
</TS>
