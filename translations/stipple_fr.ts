<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NoisingTask</name>
    <message>
        <location filename="../ui/noising_task.cpp" line="+29"/>
        <source>Forward noising, t = %1</source>
        <translation>Bruitage direct, t = %1</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+78"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Longueur du prompt en tokens, et combien en lit l&apos;encodeur de texte du modèle. Les mots au-delà sont ignorés ; une note sous le prompt indique lesquels.</translation>
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
        <translation>Impossible d’ouvrir la base de données de l’historique %1 : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the history table in %1: %2</source>
        <translation>Impossible de créer la table de l’historique dans %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>Impossible de mettre à jour la base de données de l’historique %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+42"/>
        <source>e.g. 1-8 or 42, 1234, 99</source>
        <translation>p. ex. 1-8 ou 42, 1234, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1-96:5 (every 5th from 1 to 96) or 10, 20, 30</source>
        <translation>p. ex. 1-96:5 (un sur 5 de 1 à 96) ou 10, 20, 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2-20:3 or 3.5, 7, 12</source>
        <translation>p. ex. 2-20:3 ou 3.5, 7, 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</source>
        <translation>p. ex. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one prompt per line</source>
        <translation>un prompt par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one negative prompt per line</source>
        <translation>un prompt négatif par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 512x512, 768x512</source>
        <translation>p. ex. 512x512, 768x512</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one model file or folder per line (Add model…)</source>
        <translation>un fichier ou dossier de modèle par ligne (Ajouter un modèle…)</translation>
    </message>
    <message>
        <location filename="../ui/checkpoint_import.cpp" line="+39"/>
        <source>Out of memory while converting %1.</source>
        <translation>Mémoire insuffisante pendant la conversion de %1.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="+125"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A different file named %1 is already in %2; rename one of them.</source>
        <translation>Un autre fichier nommé %1 se trouve déjà dans %2 ; renommez l’un des deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy %1 into %2 (is the disk full?)</source>
        <translation>Impossible de copier %1 dans %2 (le disque est-il plein ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into %2</source>
        <translation>Impossible de copier %1 dans %2</translation>
    </message>
</context>
<context>
    <name>SamplerCatalog</name>
    <message>
        <location filename="../core/schedulers/scheduler_registry.cpp" line="+44"/>
        <source>Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.</source>
        <translation>Euler ancestral : ajoute du bruit neuf à chaque pas. Créatif et rapide, mais l’image change avec le nombre de pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euler: the simplest deterministic sampler. Good quality at 20-30 steps.</source>
        <translation>Euler : l’échantillonneur déterministe le plus simple. Bonne qualité en 20 à 30 pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.</source>
        <translation>Linear multistep : réutilise les pas précédents pour plus de précision. Peut être instable avec très peu de pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heun: a second-order method, two model calls per step. High quality, twice as slow.</source>
        <translation>Heun : une méthode du second ordre, deux appels du modèle par pas. Haute qualité, deux fois plus lent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM2: a second-order DPM-Solver, two model calls per step.</source>
        <translation>DPM2 : un DPM-Solver du second ordre, deux appels du modèle par pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.</source>
        <translation>DPM++ 2M : un solveur multipas rapide du second ordre. Excellente qualité en 20 à 30 pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.</source>
        <translation>DPM++ 2M SDE : la variante stochastique de DPM++ 2M ; ajoute du bruit, plus de détails et de variété.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DDIM: the classic deterministic sampler from the original Stable Diffusion release.</source>
        <translation>DDIM : l’échantillonneur déterministe classique de la première version de Stable Diffusion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.</source>
        <translation>PLMS (PNDM) : pseudo linear multistep, le choix par défaut de la première version de SD 1.x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UniPC: a predictor-corrector solver that converges in very few steps (10-20).</source>
        <translation>UniPC : un solveur prédicteur-correcteur qui converge en très peu de pas (10 à 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.</source>
        <translation>LCM : uniquement pour les modèles de cohérence latente ; 2 à 8 pas et CFG autour de 1 à 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDPM: the original ancestral sampler; needs many steps (100+).</source>
        <translation>DDPM : l’échantillonneur ancestral d’origine ; nécessite beaucoup de pas (100 et plus).</translation>
    </message>
    <message>
        <location filename="../ui/sampler_catalog.cpp" line="+22"/>
        <source>Sampler %1.</source>
        <translation>Échantillonneur %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Karras schedule: smaller noise steps near the end, usually cleaner details.</source>
        <translation>Planification Karras : des pas de bruit plus petits vers la fin, des détails généralement plus nets.</translation>
    </message>
</context>
<context>
    <name>SeedTriageTask</name>
    <message>
        <location filename="../ui/seed_triage_task.cpp" line="+83"/>
        <source>Seed triage: finishing 1 seed</source>
        <translation>Tri des graines : finition d’1 graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: finishing %1 seeds</source>
        <translation>Tri des graines : finition de %1 graines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: 1 seed</source>
        <translation>Tri des graines : 1 graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: %1 seeds</source>
        <translation>Tri des graines : %1 graines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model changed since the previews were rendered: render them again.</source>
        <translation>Le modèle a changé depuis le rendu des aperçus : refaites-les.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No previews to continue from: render them first.</source>
        <translation>Aucun aperçu à poursuivre : faites-en d’abord le rendu.</translation>
    </message>
</context>
<context>
    <name>SweepAxis</name>
    <message>
        <location filename="../ui/sweep_axis_titles.cpp" line="+10"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG scale</source>
        <translation>Échelle de guidage (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation seed</source>
        <translation>Graine de variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation strength</source>
        <translation>Intensité de variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../ui/timeline_export.cpp" line="+53"/>
        <source>There is no timeline to save yet: generate an image first.</source>
        <translation>Aucune chronologie à enregistrer pour l’instant : générez d’abord une image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file name ending in .gif (animated GIF) or .mp4 (video).</source>
        <translation>Choisissez un nom de fichier se terminant par .gif (GIF animé) ou .mp4 (vidéo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as MPEG-4 Part 2: this system&apos;s OpenCV has no H.264 encoder, so browsers and slide software may not play it. GIF plays everywhere.</source>
        <translation>Enregistré en MPEG-4 Part 2 : l&apos;OpenCV de ce système n&apos;a pas d&apos;encodeur H.264, les navigateurs et logiciels de présentation risquent de ne pas le lire. Le GIF se lit partout.</translation>
    </message>
</context>
<context>
    <name>TrainTask</name>
    <message>
        <location filename="../ui/train_task.cpp" line="+19"/>
        <source>Training a tiny model</source>
        <translation>Entraînement d’un tout petit modèle</translation>
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
        <translation>Utilisation : stipple [options]
Stipple %1 : un studio de bureau pour la diffusion texte-vers-image.

Options :
  --model CHEMIN  ouvrir un modèle (dossier diffusers ou checkpoint .safetensors)
  --threads N     threads CPU pour la génération (par défaut : nombre de cœurs physiques)
  --lang CODE     langue de l’interface : en, de, fr, es ou zh_CN (par défaut : celle du système)
  --version       afficher « stipple &lt;version&gt; » et quitter
  --help          afficher cette aide et quitter

Environnement : STIPPLE_OUTPUT_DIR (où les images sont enregistrées), STIPPLE_DATA_DIR (historique, réglages).
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open the model at PATH.</source>
        <translation>Ouvrir le modèle situé à PATH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads (default: cores).</source>
        <translation>Threads CPU (par défaut : nombre de cœurs).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language: en, de, fr, es or zh_CN.</source>
        <translation>Langue de l’interface : en, de, fr, es ou zh_CN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (see --help)</source>
        <translation>%1 (voir --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threads needs a positive integer, got &quot;%1&quot;</source>
        <translation>--threads attend un entier positif, reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>stipple::ui</name>
    <message>
        <location filename="../ui/lockstep_captions.cpp" line="+34"/>
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps</source>
        <translation>%1 pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG %1</source>
        <translation>CFG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s sampler</source>
        <translation>échantillonneur du modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown settings (no parameters in the image)</source>
        <translation>Réglages inconnus (pas de paramètres dans l’image)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Prompt: only the shared words</source>
        <translation>Prompt : seulement les mots communs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: +%1</source>
        <translation>Prompt : +%1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.cpp" line="+36"/>
        <source>CPU</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop studio for text-to-image diffusion: type a prompt and watch the image emerge from noise, step by step.</source>
        <translation>Un studio de bureau pour la diffusion texte-vers-image : saisissez un prompt et regardez l’image émerger du bruit, pas à pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model, prompt, seed, sampler and steps: the same image as Hugging Face diffusers.</source>
        <translation>Même modèle, même prompt, même graine, même échantillonneur et même nombre de pas : la même image qu’avec Hugging Face diffusers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compiler</source>
        <translation>Compilateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (physical cores: %2)</source>
        <translation>%1 (cœurs physiques : %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory layout</source>
        <translation>Disposition mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured when a full-size model is first loaded, then remembered</source>
        <translation>mesurée au premier chargement d’un modèle de taille réelle, puis mémorisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Calcul de l’attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix products (this CPU has neither AVX2 nor AVX-512)</source>
        <translation>produits matriciels (ce processeur n’a ni AVX2 ni AVX-512)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Windows, widgets, settings, history database</source>
        <translation>Fenêtres, widgets, réglages, base de données de l’historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensors and neural-network maths</source>
        <translation>Tenseurs et calculs des réseaux de neurones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast matrix multiplication on the CPU</source>
        <translation>Multiplication matricielle rapide sur le CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files, resizing, colour conversion</source>
        <translation>Fichiers image, redimensionnement, conversion des couleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer of the built-in model</source>
        <translation>Tokeniseur du modèle intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading model configuration files</source>
        <translation>Lecture des fichiers de configuration des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode text handling for the CLIP tokenizer</source>
        <translation>Traitement du texte Unicode pour le tokeniseur CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 model hashes</source>
        <translation>Empreintes SHA-256 des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG text chunks</source>
        <translation>Blocs de texte des fichiers PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History database (through Qt SQL)</source>
        <translation>Base de données de l’historique (via Qt SQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading prompts for single-file Stable Diffusion checkpoints (shipped with Stipple)</source>
        <translation>Lire les prompts des checkpoints Stable Diffusion en un seul fichier (fourni avec Stipple)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharper live previews, when its weights sit beside a model</source>
        <translation>Aperçus en direct plus nets, quand ses poids sont placés à côté d’un modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stipple is free software under the MIT license: you may use, copy, change and share it, also commercially, as long as the copyright notice and the license text below go with it (the Debian package keeps them in /usr/share/doc/stipple/copyright).</source>
        <translation>Stipple est un logiciel libre sous licence MIT : vous pouvez l’utiliser, le copier, le modifier et le partager, y compris à des fins commerciales, à condition que la mention de droit d’auteur et le texte de la licence ci-dessous l’accompagnent (le paquet Debian les place dans /usr/share/doc/stipple/copyright).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trained by the Stipple project from scratch on synthetic pictures of coloured shapes drawn by Stipple itself (no photographs, no scraped images). Its weights are distributed under the MIT license, like Stipple&apos;s code.</source>
        <translation>Entraîné de zéro par le projet Stipple sur des images synthétiques de formes colorées dessinées par Stipple lui-même (ni photographies, ni images récupérées sur le web). Ses poids sont distribués sous licence MIT, comme le code de Stipple.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built-in model “Stipple Shapes”</source>
        <translation>Modèle intégré « Stipple Shapes »</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>matrix products; a fused kernel (%1) on request (--attention fused)</source>
        <translation>produits matriciels ; un noyau fusionné (%1) sur demande (--attention fused)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models you open yourself (Stable Diffusion and others) come with their own licenses; read them before sharing what you make.</source>
        <translation>Les modèles que vous ouvrez vous-même (Stable Diffusion et autres) ont leurs propres licences ; lisez-les avant de partager vos créations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stipple&apos;s license (MIT)</source>
        <translation>Licence de Stipple (MIT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>About Stipple</source>
        <translation>À propos de Stipple</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stipple logo</source>
        <translation>Logo de Stipple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Licences</translation>
    </message>
</context>
<context>
    <name>stipple::ui::CompareDialog</name>
    <message>
        <location filename="../ui/compare_dialog.cpp" line="+18"/>
        <source>Compare %1 images</source>
        <translation>Comparer %1 images</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All images use the same zoom and scroll together.</source>
        <translation>Toutes les images utilisent le même zoom et défilent ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read this image</source>
        <translation>Impossible de lire cette image</translation>
    </message>
</context>
<context>
    <name>stipple::ui::DivergingLegend</name>
    <message>
        <location filename="../ui/diverging_legend.cpp" line="+16"/>
        <source>Red: the prompt makes this part brighter than the negative prompt does; blue: darker; near white: the same. Amplified per step so the strongest differences reach full colour.</source>
        <translation>Rouge : le prompt rend cette zone plus claire que le prompt négatif ; bleu : plus sombre ; presque blanc : pareil. Amplifié à chaque pas pour que les plus fortes différences atteignent la couleur pleine.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>darker with the prompt</source>
        <translation>plus sombre avec le prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brighter</source>
        <translation>plus clair</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ErrorBanner</name>
    <message>
        <location filename="../ui/error_banner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>stipple::ui::FaceDetailPanel</name>
    <message>
        <location filename="../ui/face_detail_panel.cpp" line="+22"/>
        <source>Face deta&amp;iler</source>
        <translation>Retouche des &amp;visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detailer</source>
        <translation>Retouche des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the image is made, every face found in it is redrawn at the full image size and pasted back: small faces get their eyes and mouths right (the ADetailer approach). Or a face restoration model file (GFPGAN or CodeFormer) restores them instead.</source>
        <translation>Une fois l&apos;image faite, chaque visage qui s&apos;y trouve est redessiné à la pleine taille de l&apos;image puis recollé : les petits visages ont des yeux et des bouches justes (l&apos;approche d&apos;ADetailer). Ou bien un fichier de modèle de restauration (GFPGAN ou CodeFormer) les restaure à la place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redraw with the model (ADetailer)</source>
        <translation>Redessiner avec le modèle (ADetailer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is drawn again by the loaded model, at the full image size, with the face prompt.</source>
        <translation>Chaque visage est redessiné par le modèle chargé, à la pleine taille de l&apos;image, avec le prompt du visage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore with a model file (GFPGAN/CodeFormer ONNX)…</source>
        <translation>Restaurer avec un fichier de modèle (GFPGAN/CodeFormer ONNX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is restored by a GFPGAN or CodeFormer network you have as an .onnx file (AUTOMATIC1111&apos;s &quot;Restore faces&quot;). No diffusion steps: quick, but the face keeps the network&apos;s look.</source>
        <translation>Chaque visage est restauré par un réseau GFPGAN ou CodeFormer que vous avez en fichier .onnx (« Restore faces » d&apos;AUTOMATIC1111). Aucun pas de diffusion : rapide, mais le visage prend le style du réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image&apos;s prompt</source>
        <translation>le prompt de l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the faces should look like, e.g. &quot;a smiling face, detailed eyes&quot;; empty uses the image&apos;s own prompt.</source>
        <translation>À quoi doivent ressembler les visages, p. ex. « a smiling face, detailed eyes » ; vide utilise le prompt de l’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face prompt</source>
        <translation>Prompt des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;ce prompt</source>
        <translation>Prompt des vi&amp;sages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one.</source>
        <translation>La part de chaque visage redessinée : 0,3 garde le visage, 0,6 en dessine un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face denoising strength</source>
        <translation>Force de débruitage des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face stren&amp;gth</source>
        <translation>&amp;Force (visages)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a GFPGAN or CodeFormer .onnx file</source>
        <translation>un fichier .onnx GFPGAN ou CodeFormer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The face restoration network as an ONNX file: GFPGAN (one 512x512 input) or CodeFormer (that and a fidelity weight).</source>
        <translation>Le réseau de restauration des visages en fichier ONNX : GFPGAN (une entrée 512x512) ou CodeFormer (celle-ci et un poids de fidélité).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration model file</source>
        <translation>Fichier du modèle de restauration des visages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the face restoration model file</source>
        <translation>Choisir le fichier du modèle de restauration des visages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model file</source>
        <translation>Fichier du &amp;modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each restored face is blended in: 1 = all of it, 0.5 = half restored, half as drawn (AUTOMATIC1111&apos;s &quot;GFPGAN visibility&quot; / &quot;CodeFormer visibility&quot;).</source>
        <translation>Part de chaque visage restauré qui est fondue : 1 = tout, 0,5 = moitié restauré, moitié tel que dessiné (« GFPGAN visibility » / « CodeFormer visibility » d&apos;AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration visibility</source>
        <translation>Visibilité de la restauration des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CodeFormer only: 0 = the strongest restoration, 1 = closest to the face as drawn (AUTOMATIC1111&apos;s &quot;CodeFormer weight&quot;).</source>
        <translation>CodeFormer seulement : 0 = la restauration la plus forte, 1 = le plus proche du visage dessiné (« CodeFormer weight » d&apos;AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CodeFormer weight</source>
        <translation>Poids CodeFormer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeFormer &amp;weight</source>
        <translation>&amp;Poids CodeFormer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Face restoration model</source>
        <translation>Modèle de restauration des visages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>Modèles ONNX (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Face restoration: choose a GFPGAN or CodeFormer .onnx model file, or redraw the faces with the model.</source>
        <translation>Restauration des visages : choisissez un fichier de modèle .onnx GFPGAN ou CodeFormer, ou redessinez les visages avec le modèle.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery_model.cpp" line="+15"/>
        <source>%1 steps</source>
        <translation>%1 pas</translation>
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
        <translation>Graine %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery_view.cpp" line="+36"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected images</source>
        <translation>Comparer les images sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 images (Ctrl+click) to see them side by side at the same zoom.</source>
        <translation>Sélectionnez 2 à 4 images (Ctrl+clic) pour les voir côte à côte au même zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search prompts, model:, sampler:, seed:, date:</source>
        <translation>Rechercher : prompts, model:, sampler:, seed:, date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words find images whose prompt has them. Also: model:name, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (or just the number), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</source>
        <translation>Les mots trouvent les images dont le prompt les contient. Aussi : model:nom, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (ou juste le nombre), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show images by rating</source>
        <translation>Afficher les images selon leur note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected</source>
        <translation>Non rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ and up</source>
        <translation>★ et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★ and up</source>
        <translation>★★★ et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★★★ only</source>
        <translation>★★★★★ seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected only</source>
        <translation>Rejetées seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the gallery has focus: 1–5 rate the selected images, 0 clears, X rejects, arrows move.</source>
        <translation>Quand la galerie a le focus : 1–5 notent les images sélectionnées, 0 efface la note, X rejette, les flèches déplacent la sélection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the gallery</source>
        <translation>Ordre de la galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>Mieux notées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery summary</source>
        <translation>Résumé de la galerie</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not store the rating: %1</source>
        <translation>Impossible d’enregistrer la note : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rejected</source>
        <translation>%1 images rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating cleared</source>
        <translation>Note effacée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating cleared on %1 images</source>
        <translation>Note effacée sur %1 images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated %1 of 5</source>
        <translation>Notée %1 sur 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rated %2 of 5</source>
        <translation>%1 images notées %2 sur 5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gallery — %1 found, %2 selected</source>
        <translation>Galerie — %1 trouvées, %2 sélectionnées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 found</source>
        <translation>Galerie — %1 trouvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery — %1 images, %2 selected</source>
        <translation>Galerie — %1 images, %2 sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery — 1 image</source>
        <translation>Galerie — 1 image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 images</source>
        <translation>Galerie — %1 images</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reuse seed</source>
        <translation>Réutiliser la graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image&apos;s seed into the seed field and lock it.</source>
        <translation>Placer la graine de cette image dans le champ Graine et la verrouiller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse all parameters</source>
        <translation>Réutiliser tous les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy parameters</source>
        <translation>Copier les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale…</source>
        <translation>Agrandir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge this image with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Agrandir cette image avec Lanczos ou un modèle ESRGAN en une nouvelle image, en gardant ses paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare selected (%1)</source>
        <translation>Comparer la sélection (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare step by step (%1)</source>
        <translation>Comparer pas à pas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected runs side by side on one step scrubber, from their stored step timelines.</source>
        <translation>Rejouer les exécutions sélectionnées côte à côte avec un seul curseur de pas, à partir de leurs chronologies des pas enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 images</source>
        <translation>Supprimer %1 images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters copied to the clipboard.</source>
        <translation>Paramètres copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save image as</source>
        <translation>Enregistrer l’image sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GenerationWorker</name>
    <message>
        <location filename="../ui/generation_worker.cpp" line="+274"/>
        <source>Out of memory while loading %1. Close other programs or choose bf16 in Settings.</source>
        <translation>Mémoire insuffisante pendant le chargement de %1. Fermez d’autres programmes ou choisissez bf16 dans les réglages.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Out of memory: try a smaller size, fewer images or bf16 in Settings.</source>
        <translation>Mémoire insuffisante : essayez une taille plus petite, moins d’images ou bf16 dans les réglages.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceRunTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+71"/>
        <source>Guidance view: %1 steps</source>
        <translation>Vue du guidage : %1 pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1.</source>
        <translation>Avec un guidage de %1, aucune passe n’est faite avec le prompt négatif, il n’y a donc rien à comparer : montez l’échelle de guidage au-dessus de 1.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceView</name>
    <message>
        <location filename="../ui/guidance_view.cpp" line="+47"/>
        <source>Guidance view</source>
        <translation>Vue du guidage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt: %1
Negative prompt: %2
Seed %3 · %4 steps · %5 · guidance %6</source>
        <translation>Prompt : %1
Prompt négatif : %2
Graine %3 · %4 pas · %5 · guidage %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the same generation again (the window&apos;s parameters when this view opened).</source>
        <translation>Relancer la même génération (les paramètres de la fenêtre à l’ouverture de cette vue).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the first step…</source>
        <translation>En attente du premier pas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the model expects the finished image to look like, judged from the prompt alone.</source>
        <translation>L’image finie telle que le modèle l’attend, d’après le prompt seul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same estimate from the negative prompt alone (the empty prompt when there is none).</source>
        <translation>La même estimation d’après le prompt négatif seul (le prompt vide s’il n’y en a pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the two estimates differ: what the prompt adds. Guidance pushes the image this way, times the scale.</source>
        <translation>Là où les deux estimations diffèrent : ce qu’ajoute le prompt. Le guidage pousse l’image dans ce sens, multiplié par l’échelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative + scale × (prompt − negative): the estimate the sampler steps towards.</source>
        <translation>négatif + échelle × (prompt − négatif) : l’estimation vers laquelle avance l’échantillonneur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the empty prompt</source>
        <translation>Avec le prompt vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the negative prompt</source>
        <translation>Avec le prompt négatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the prompt</source>
        <translation>Avec le prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (prompt − negative)</source>
        <translation>Différence (prompt − négatif)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go through the stored steps: no computation, every step is kept.</source>
        <translation>Parcourir les pas enregistrés : aucun calcul, chaque pas est conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Step %1 of %2 (t = %3)</source>
        <translation>Pas %1 sur %2 (t = %3)</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Guidance scale</source>
        <translation>Échelle de guidage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-guide the step shown at another scale from its two stored estimates, without running the model again. Available once the run has finished.</source>
        <translation>Guider à nouveau le pas affiché à une autre échelle à partir de ses deux estimations enregistrées, sans relancer le modèle. Disponible une fois l’exécution terminée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+223"/>
        <source>Guidance %1</source>
        <translation>Guidage %1</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+28"/>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1 in the main window and open this view again.</source>
        <translation>Avec un guidage de %1, aucune passe n’est faite avec le prompt négatif, il n’y a donc rien à comparer : montez l’échelle de guidage au-dessus de 1 dans la fenêtre principale et rouvrez cette vue.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the running job…</source>
        <translation>En attente de la tâche en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2 · about %3 s left</source>
        <translation>Pas %1 sur %2 · encore environ %3 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aborted after 1 step: the step so far stays to look at.</source>
        <translation>Interrompu après 1 pas : le pas déjà fait reste visible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps: the steps so far stay to look at.</source>
        <translation>Interrompu après %1 pas : les pas déjà faits restent visibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: 1 step stored.</source>
        <translation>Terminé en %1 s : 1 pas enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps stored.</source>
        <translation>Terminé en %1 s : %2 pas enregistrés.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Guided at %1 (decoding…)</source>
        <translation>Guidé à %1 (décodage…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step yet</source>
        <translation>Aucun pas pour l’instant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided at %1 (the run&apos;s)</source>
        <translation>Guidé à %1 (celle de l’exécution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-guided at %1</source>
        <translation>Guidé à nouveau à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided = negative + %1 × (prompt − negative). At 1 the prompt&apos;s estimate alone, at 0 the negative&apos;s; above 1 the difference is exaggerated. Re-guiding uses the two stored estimates: the model does not run again.</source>
        <translation>guidé = négatif + %1 × (prompt − négatif). À 1, l’estimation du prompt seule, à 0 celle du négatif ; au-dessus de 1, la différence est exagérée. Le nouveau guidage utilise les deux estimations enregistrées : le modèle ne tourne pas à nouveau.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="+14"/>
        <location line="+89"/>
        <location line="+4"/>
        <source>How diffusion works</source>
        <translation>Comment fonctionne la diffusion</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A diffusion model has learned one skill: looking at a noisy picture and guessing which noise to remove. To make a new image, Stipple starts from pure random noise and lets the model remove a little of it, again and again, until a clean picture is left.</source>
        <translation>Un modèle de diffusion a appris une seule chose : regarder une image bruitée et deviner quel bruit retirer. Pour créer une nouvelle image, Stipple part d’un bruit aléatoire pur et laisse le modèle en retirer un peu, encore et encore, jusqu’à ce qu’il ne reste qu’une image nette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the preview shows</source>
        <translation>Ce que montre l’aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every step the model estimates what the finished image will look like. This guess is called the x₀ estimate (“x zero”), and it is what the live preview shows by default. Early guesses are blurry blobs of colour; with each step the shapes settle and the details sharpen.</source>
        <translation>À chaque pas, le modèle estime à quoi ressemblera l’image finale. Cette supposition s’appelle l’estimation x₀ (« x zéro ») : c’est ce que l’aperçu en direct affiche par défaut. Les premières estimations sont des taches de couleur floues ; à chaque pas, les formes se précisent et les détails s’affinent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Noisy latent (xₜ)” above the preview to see what the sampler actually works on instead: the current picture with its remaining noise. It starts as static and slowly clears up.</source>
        <translation>Choisissez « Latent bruité (xₜ) » au-dessus de l’aperçu pour voir plutôt ce sur quoi l’échantillonneur travaille réellement : l’image actuelle avec le bruit qui lui reste. Elle commence comme de la neige télévisuelle et s’éclaircit peu à peu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model does not paint pixels directly. It works on a small “latent” picture, 8 times smaller on each side, with 4 channels instead of red, green and blue. The VAE decoder turns the final latent into the full-size image; the fast preview uses a cheap approximation of it.</source>
        <translation>Le modèle ne peint pas directement des pixels. Il travaille sur une petite image « latente », 8 fois plus petite de chaque côté, avec 4 canaux au lieu du rouge, du vert et du bleu. Le décodeur VAE transforme le latent final en image pleine taille ; l’aperçu rapide en utilise une approximation peu coûteuse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt and negative prompt</source>
        <translation>Prompt et prompt négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text encoder turns your prompt into numbers the model understands. At every step the model predicts the noise twice: once with your prompt and once with the negative prompt (or with no text at all). Stipple then pushes the image away from the second prediction and towards the first.</source>
        <translation>L’encodeur de texte transforme votre prompt en nombres que le modèle comprend. À chaque pas, le modèle prédit le bruit deux fois : une fois avec votre prompt, une fois avec le prompt négatif (ou sans aucun texte). Stipple éloigne alors l’image de la seconde prédiction et la rapproche de la première.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale (CFG)</source>
        <translation>Échelle de guidage (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guidance scale says how hard that push is. Around 7 is typical. Low values give looser, more natural images that may ignore parts of the prompt; high values follow the words more literally but colours become harsh and details burnt. At 1 or below, guidance is off and the negative prompt is not used.</source>
        <translation>L’échelle de guidage indique la force de cette poussée. Autour de 7, c’est typique. Des valeurs basses donnent des images plus libres et naturelles, qui peuvent ignorer une partie du prompt ; des valeurs élevées suivent les mots plus littéralement, mais les couleurs deviennent criardes et les détails brûlés. À 1 ou moins, le guidage est désactivé et le prompt négatif n’est pas utilisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps is how many times the model is asked to remove noise. More steps take longer and usually add fine detail, but after 20–30 steps most samplers change little. Try the same seed with 5, 10 and 30 steps and compare.</source>
        <translation>Le nombre de pas indique combien de fois on demande au modèle de retirer du bruit. Plus de pas prennent plus de temps et ajoutent en général des détails fins, mais après 20 à 30 pas la plupart des échantillonneurs changent peu. Essayez la même graine avec 5, 10 et 30 pas et comparez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed picks the starting noise. The same seed with the same settings gives exactly the same image, so a class can reproduce each other&apos;s pictures. Change only the seed to get a different composition of the same prompt.</source>
        <translation>La graine choisit le bruit de départ. La même graine avec les mêmes réglages donne exactement la même image : une classe peut ainsi reproduire les images des uns et des autres. Changez seulement la graine pour obtenir une autre composition du même prompt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samplers and schedules</source>
        <translation>Échantillonneurs et planifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampler (also called scheduler) decides how big each denoising step is and how the model&apos;s prediction is used. Euler and DDIM are simple and predictable; DPM++ 2M reaches good quality in few steps; “ancestral” samplers such as Euler a add fresh noise at every step, so the picture keeps changing. “Karras” schedules take smaller steps near the end, which often cleans up details.</source>
        <translation>L’échantillonneur (aussi appelé planificateur, ou scheduler) décide de la taille de chaque pas de débruitage et de la façon d’utiliser la prédiction du modèle. Euler et DDIM sont simples et prévisibles ; DPM++ 2M atteint une bonne qualité en peu de pas ; les échantillonneurs « ancestraux » comme Euler a ajoutent du bruit neuf à chaque pas, si bien que l’image continue de changer. Les planifications « Karras » font des pas plus petits vers la fin, ce qui nettoie souvent les détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try this in class</source>
        <translation>À essayer en classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a fixed seed, then drag the timeline slider under the preview to replay every step. Change one setting at a time — steps, guidance scale or sampler — and compare the results side by side with the gallery&apos;s Compare button.</source>
        <translation>Générez avec une graine fixe, puis faites glisser le curseur de la chronologie sous l’aperçu pour rejouer chaque pas. Changez un seul réglage à la fois — pas, échelle de guidage ou échantillonneur — et comparez les résultats côte à côte avec le bouton Comparer de la galerie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A 45-minute lesson: a guided tour</source>
        <translation>Une leçon de 45 minutes : visite guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Classroom menu holds one view for each idea below. Work through them in this order with the built-in model (it answers in a fraction of a second); every view also works with a full-size model, only slower. Ask the question first, let the class predict, then reveal.</source>
        <translation>Le menu « Classe » contient une vue pour chaque idée ci-dessous. Parcourez-les dans cet ordre avec le modèle intégré (il répond en une fraction de seconde) ; chaque vue marche aussi avec un modèle de taille réelle, seulement plus lentement. Posez d’abord la question, laissez la classe prédire, puis révélez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0–5 min</source>
        <translation>de 0 à 5 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter view (F11)</source>
        <translation>Vue présentateur (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the presenter view: large preview, the few controls that matter and the pipeline strip (prompt → tokens → text encoder → UNet × steps → VAE → image), which lights up the stage that is running. Turn on “hide the result until the end”, type a prompt the class suggests and ask what will appear.</source>
        <translation>Passez à la vue présentateur : grand aperçu, les quelques réglages qui comptent et la bande du pipeline (prompt → tokens → encodeur de texte → UNet × pas → VAE → image), qui éclaire l’étape en cours. Activez « Cacher le résultat jusqu’à la fin », tapez un prompt proposé par la classe et demandez ce qui va apparaître.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5–10 min</source>
        <translation>de 5 à 10 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt as tokens</source>
        <translation>Le prompt en tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt as token chips: the model never sees words, only these numbers. Point out where a long prompt is cut into 75-token chunks and how a weight such as (red:1.4) changes one chip.</source>
        <translation>Montrez le prompt en pastilles de tokens : le modèle ne voit jamais de mots, seulement ces nombres. Montrez où un long prompt est coupé en blocs de 75 tokens et comment un poids comme (red:1.4) change une pastille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–18 min</source>
        <translation>de 10 à 18 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward noising</source>
        <translation>Bruitage direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a picture and drag t from 0 to the end: this is how training images are destroyed. Ask first: “at what timestep does the signal-to-noise ratio fall below 1?” — then read it off the marked crossing of the SNR curve.</source>
        <translation>Choisissez une image et faites glisser t de 0 jusqu’au bout : c’est ainsi que les images d’entraînement sont détruites. Demandez d’abord : « à quel pas de temps le rapport signal sur bruit passe-t-il sous 1 ? » — puis lisez-le au croisement marqué de la courbe du SNR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18–25 min</source>
        <translation>de 18 à 25 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The denoising timeline</source>
        <translation>La chronologie du débruitage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate, then drag the timeline under the preview back to step 1 and replay. The SNR plot under it shows where each sampler step sits on the noise schedule: big jumps early, small ones late.</source>
        <translation>Générez, puis ramenez la chronologie sous l’aperçu au pas 1 et rejouez. Le graphique du SNR en dessous montre où chaque pas de l’échantillonneur se place dans la planification du bruit : de grands sauts au début, de petits à la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25–32 min</source>
        <translation>de 25 à 32 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guidance view</source>
        <translation>Vue du guidage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the guidance view: side by side, what the model predicts with the prompt, without it, their difference and the guided result. Move the guidance slider from 1 to 7.5 to 15 on the same step — no new computation is needed, guidance is only this difference scaled.</source>
        <translation>Lancez la vue du guidage : côte à côte, ce que le modèle prédit avec le prompt, sans lui, leur différence et le résultat guidé. Déplacez le curseur de guidage de 1 à 7,5 puis 15 sur le même pas — aucun nouveau calcul n’est nécessaire, le guidage n’est que cette différence mise à l’échelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>32–38 min</source>
        <translation>de 32 à 38 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed triage and lockstep compare</source>
        <translation>Tri des graines et comparaison synchronisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render many seeds to a third of their steps, let the class vote for the promising ones and finish only those. Then select two to four results in the gallery and compare them step by step on one scrubber: the composition is decided in the first steps.</source>
        <translation>Faites le rendu de nombreuses graines jusqu’au tiers de leurs pas, faites voter la classe pour les plus prometteuses et terminez seulement celles-là. Puis sélectionnez deux à quatre résultats dans la galerie et comparez-les pas à pas avec un seul curseur : la composition se décide dans les premiers pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>38–45 min</source>
        <translation>de 38 à 45 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train a tiny model</source>
        <translation>Entraîner un tout petit modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training a tiny model from scratch (about ten minutes on a laptop) and watch the loss fall and the sample images change: backgrounds come first, then colours, shapes last. Open the result as a model and try it. Training occupies the computer: generations wait until it ends or is aborted.</source>
        <translation>Lancez l’entraînement d’un tout petit modèle à partir de zéro (une dizaine de minutes sur un portable) et regardez la perte baisser et les images d’exemple changer : d’abord les fonds, puis les couleurs, les formes en dernier. Ouvrez le résultat comme modèle et essayez-le. L’entraînement occupe l’ordinateur : les générations attendent qu’il se termine ou soit interrompu.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HiresFixPanel</name>
    <message>
        <location filename="../ui/hires_fix_panel.cpp" line="+34"/>
        <source>&amp;Hires fix</source>
        <translation>&amp;Hires fix (haute résolution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires fix</source>
        <translation>Hires fix (haute résolution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the image at the set size, enlarge it, then redraw it at the larger size: more detail without the doubled heads a model draws beyond its native size (AUTOMATIC1111&apos;s Hires. fix).</source>
        <translation>Créer l’image à la taille choisie, l’agrandir, puis la redessiner en grand : plus de détails sans les têtes dédoublées qu’un modèle dessine au-delà de sa taille native (le Hires. fix d’AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other model file…</source>
        <translation>Autre fichier de modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ESRGAN or Real-ESRGAN model (.safetensors) from anywhere</source>
        <translation>Un modèle ESRGAN ou Real-ESRGAN (.safetensors) de n&apos;importe où</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or more); Lanczos and Nearest enlarge the finished picture; ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail into it.</source>
        <translation>Les modes latents agrandissent l&apos;image inachevée elle-même (utilisez une force de débruitage de 0,5 ou plus) ; Lanczos et Nearest agrandissent l&apos;image finie ; les modèles ESRGAN et Real-ESRGAN (.safetensors dans models/ESRGAN, models/RealESRGAN ou models/upscale_models) y dessinent de nouveaux détails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hires upscaler</source>
        <translation>Agrandisseur hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upscaler</source>
        <translation>&amp;Agrandisseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upscale by</source>
        <translation>Agrandir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscale &amp;by</source>
        <translation>Agrandir &amp;de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same as Steps</source>
        <translation>comme les pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires steps</source>
        <translation>Pas hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires s&amp;teps</source>
        <translation>&amp;Pas hires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the enlarged image is redrawn.</source>
        <translation>La part de l’image agrandie qui est redessinée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires denoising strength</source>
        <translation>Force de débruitage hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;noising strength</source>
        <translation>Force de dé&amp;bruitage</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an upscaler model is a .safetensors file (ESRGAN or Real-ESRGAN)</source>
        <translation>%1 : un modèle d&apos;agrandissement est un fichier .safetensors (ESRGAN ou Real-ESRGAN)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an upscaler model</source>
        <translation>Choisir un modèle d&apos;agrandissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscaler models (*.safetensors *.pth);;All files (*)</source>
        <translation>Modèles d&apos;agrandissement (*.safetensors *.pth);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hires fix is for text to image: clear the init image to use it.</source>
        <translation>Le hires fix sert au texte vers image : retirez l’image de départ pour l’utiliser.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)</source>
        <translation>%1×%2 → %3×%4 ; la seconde passe fait %5 pas (%6 × %7)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::InitImagePanel</name>
    <message>
        <location filename="../ui/init_image_panel.cpp" line="+52"/>
        <source>Drop a picture here, paste one, or use the preview&apos;s &quot;Use as img2img source&quot;.</source>
        <translation>Déposez une image ici, collez-en une ou utilisez « Utiliser comme source img2img » de l’aperçu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from image</source>
        <translation>Partir d’une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How much of the picture is redrawn: 0.3 keeps its composition and colours, 0.75 keeps its layout, 1.0 keeps little more than its size.</source>
        <translation>Quelle part de l’image est redessinée : 0,3 garde sa composition et ses couleurs, 0,75 sa disposition, 1,0 guère plus que sa taille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoising strength</source>
        <translation>Force de débruitage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Denoising strength</source>
        <translation>Force de &amp;débruitage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Just resize</source>
        <translation>Redimensionner seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop and resize</source>
        <translation>Recadrer et redimensionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize and fill</source>
        <translation>Redimensionner et remplir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the picture&apos;s shape differs from the image size: stretch it, cut what sticks out, or fit it and extend its edges (as AUTOMATIC1111).</source>
        <translation>Quand la forme de l’image diffère de la taille voulue : l’étirer, couper ce qui dépasse, ou l’ajuster et prolonger ses bords (comme AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize mode</source>
        <translation>Mode de redimensionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resi&amp;ze mode</source>
        <translation>Mode de &amp;redimensionnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint mask…</source>
        <translation>Peindre le masque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the part of the picture to redraw (inpainting); the rest stays as it is.</source>
        <translation>Peignez la partie de l’image à redessiner (inpainting) ; le reste ne change pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mask</source>
        <translation>Sans masque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the mask: the whole picture is redrawn (img2img).</source>
        <translation>Oublier le masque : toute l’image est redessinée (img2img).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend canvas…</source>
        <translation>Agrandir le canevas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outpainting: add a border to the picture for the next generation to paint.</source>
        <translation>Outpainting : ajouter à l’image une bordure que la prochaine génération peindra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo extend</source>
        <translation>Annuler l’agrandissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the picture and mask before the last extension.</source>
        <translation>Revenir à l’image et au masque d’avant le dernier agrandissement.</translation>
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
        <translation>La douceur avec laquelle la partie redessinée se fond dans l’image au bord du masque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask blur</source>
        <translation>Flou du masque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask &amp;blur</source>
        <translation>&amp;Flou du masque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original</source>
        <translation>L’original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent noise</source>
        <translation>Bruit latent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent nothing</source>
        <translation>Latent vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the painted part starts from: the picture as it is (original), its surrounding colours blurred in (fill), fresh noise or nothing (latent noise / nothing — use a high denoising strength with these).</source>
        <translation>Le point de départ de la partie peinte : l’image telle quelle (original), ses couleurs voisines fondues (remplir), du bruit neuf ou rien (bruit latent / vide — avec une force de débruitage élevée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked content</source>
        <translation>Contenu masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked &amp;content</source>
        <translation>&amp;Contenu masqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole picture</source>
        <translation>Image entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked</source>
        <translation>Masque seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked: the painted part and a margin are cut out, drawn at the full image size (more detail for a small area), and pasted back; the rest of the picture stays exactly as it is.</source>
        <translation>Masque seulement : la partie peinte et une marge sont découpées, dessinées à la taille complète de l’image (plus de détails pour une petite zone) puis recollées ; le reste de l’image ne change pas du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpaint area</source>
        <translation>Zone d’inpainting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpaint &amp;area</source>
        <translation>&amp;Zone d’inpainting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The margin around the painted part that is drawn with it, so the model sees its surroundings.</source>
        <translation>La marge autour de la partie peinte, dessinée avec elle pour que le modèle voie ses alentours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked padding</source>
        <translation>Marge du masque seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked &amp;padding</source>
        <translation>&amp;Marge du masque seul</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Open a picture first: outpainting extends it.</source>
        <translation>Ouvrez d’abord une image : l’outpainting l’agrandit.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No mask: the whole picture is redrawn.</source>
        <translation>Sans masque : toute l’image est redessinée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpainting: only the painted part is redrawn.</source>
        <translation>Inpainting : seule la partie peinte est redessinée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a picture Stipple can read.</source>
        <translation>Ce n’est pas une image que Stipple sait lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture has %1×%2 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>L’image fait %1×%2 pixels ; Stipple part d’images de 64 mégapixels au plus.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has %2×%3 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>%1 fait %2×%3 pixels ; Stipple part d’images de 64 mégapixels au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No picture:
text to image</source>
        <translation>Pas d’image :
texte vers image</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Without a picture every step runs from noise.</source>
        <translation>Sans image, chaque pas part du bruit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strength %1 × %2 steps = %3 steps</source>
        <translation>force %1 × %2 pas = %3 pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength %1 × %2 steps leaves no step to run: raise either</source>
        <translation>force %1 × %2 pas ne laisse aucun pas : augmentez l’un des deux</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepCompare</name>
    <message>
        <location filename="../ui/lockstep_compare.cpp" line="+39"/>
        <source>Negative: %1</source>
        <translation>Négatif : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lockstep compare</source>
        <translation>Comparaison synchronisée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs compared</source>
        <translation>Les exécutions comparées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-run all missing</source>
        <translation>Relancer toutes les manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue every run without a stored timeline as a new generation with the loaded model, so its steps are recorded.</source>
        <translation>Mettre en file chaque exécution sans chronologie enregistrée comme nouvelle génération avec le modèle chargé, pour que ses pas soient enregistrés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step scrubber</source>
        <translation>Curseur des pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause every run together (Space)</source>
        <translation>Lire ou mettre en pause toutes les exécutions ensemble (Espace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How fast play moves the scrubber</source>
        <translation>Vitesse à laquelle la lecture avance le curseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 pas/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 step/s</source>
        <translation>1 pas/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+273"/>
        <source>Save as GIF/MP4…</source>
        <translation>Enregistrer en GIF/MP4…</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Save the runs side by side, step by step, as one animated GIF or MP4 video.</source>
        <translation>Enregistrer les exécutions côte à côte, pas à pas, dans un seul GIF animé ou une vidéo MP4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs with different step counts are lined up by the fraction of the schedule: at 50 % a 10-step run shows step 5 and a 20-step run step 10.</source>
        <translation>Les exécutions de nombres de pas différents sont alignées sur la fraction de la planification : à 50 %, une exécution de 10 pas montre le pas 5 et une de 20 pas le pas 10.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n runs, different prompts: the words only some runs have are under each.</source>
        <translation>
            <numerusform>%n exécution, prompts différents : sous chacune, les mots que seules certaines exécutions ont.</numerusform>
            <numerusform>%n exécutions, prompts différents : sous chacune, les mots que seules certaines exécutions ont.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs of “%1”</source>
        <translation>
            <numerusform>%n exécution de « %1 »</numerusform>
            <numerusform>%n exécutions de « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No stored timeline: this image was made before this session, in a sweep, or its steps were dropped to save memory.</source>
        <translation>Aucune chronologie enregistrée : cette image a été faite avant cette session, dans un balayage, ou ses pas ont été abandonnés pour économiser la mémoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored timeline, and no parameters to make it again.</source>
        <translation>Aucune chronologie enregistrée, et pas de paramètres pour la refaire.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 (%2)</source>
        <translation>exécution %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, re-running</source>
        <translation>%1, relancée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stored step timeline for %1. Only the steps of recent results are kept; re-run them to record theirs.</source>
        <translation>Aucune chronologie des pas enregistrée pour : %1. Seuls les pas des résultats récents sont conservés ; relancez-les pour enregistrer les leurs.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/%2 · %3 %</source>
        <translation>%1/%2 · %3 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-running (job %1)… its steps appear here when it finishes.</source>
        <translation>Relance en cours (tâche %1)… ses pas apparaîtront ici à la fin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The re-run kept no step timeline.</source>
        <translation>La nouvelle exécution n’a gardé aucune chronologie des pas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-run failed: %1</source>
        <translation>La relance a échoué : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Pas %1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the lockstep compare</source>
        <translation>Enregistrer la comparaison synchronisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A compare is still being saved.</source>
        <translation>Une comparaison est encore en cours d’enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1</source>
        <translation>Impossible d’enregistrer %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepPane</name>
    <message>
        <location filename="../ui/lockstep_pane.cpp" line="+73"/>
        <source>Re-run to record its steps</source>
        <translation>Relancer pour enregistrer ses pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue this image&apos;s parameters as a new generation with the loaded model; its step timeline is kept and shown here when it finishes.</source>
        <translation>Mettre en file les paramètres de cette image comme nouvelle génération avec le modèle chargé ; sa chronologie des pas est conservée et affichée ici à la fin.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>No stored timeline</source>
        <translation>Aucune chronologie enregistrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1/%2</source>
        <translation>Pas %1/%2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LossPlot</name>
    <message>
        <location filename="../ui/loss_plot.cpp" line="+68"/>
        <source>The loss appears here as the model trains.</source>
        <translation>La perte s’affiche ici pendant l’entraînement du modèle.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (log scale)</source>
        <translation>perte (échelle log.)</translation>
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
        <translation>Paramètres de génération</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History is unavailable</source>
        <translation>L’historique n’est pas disponible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seed %1 locked</source>
        <translation>Graine %1 verrouillée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Parameters restored</source>
        <translation>Paramètres restaurés</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.

Use the Open… button in the Model section, or File ▸ Open model folder…</source>
        <translation>Ouvrez un modèle pour commencer : un dossier diffusers (avec model_index.json) ou un checkpoint .safetensors.

Utilisez le bouton Ouvrir… de la section Modèle, ou Fichier ▸ Ouvrir un dossier de modèle…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timeline saved: %1. %2</source>
        <translation>Chronologie enregistrée : %1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the prompt and settings stored in a PNG made by Stipple or AUTOMATIC1111.</source>
        <translation>Restaurer le prompt et les réglages enregistrés dans un PNG créé par Stipple ou AUTOMATIC1111.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model fi&amp;le…</source>
        <translation>Ouvrir un fic&amp;hier de modèle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save step &amp;timeline…</source>
        <translation>Enregistrer la &amp;chronologie des pas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every step&apos;s preview of the last image and the image itself as an animated GIF or an MP4 video, each frame labelled: how noise becomes a picture.</source>
        <translation>Enregistre l’aperçu de chaque pas de la dernière image, puis l’image elle-même, en GIF animé ou en vidéo MP4, chaque image légendée : comment le bruit devient une image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sweep (X/Y plot)…</source>
        <translation>&amp;Balayage (grille X/Y)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start a sweep</source>
        <translation>Impossible de lancer le balayage</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size).</source>
        <translation>Générer une grille d’images qui diffèrent par un ou deux réglages (graine, pas, CFG, échantillonneur, prompt, taille).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Import PNG folder…</source>
        <translation>&amp;Importer un dossier PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images made by AUTOMATIC1111, ComfyUI or InvokeAI to the gallery with their parameters.</source>
        <translation>Ajouter à la galerie des images faites avec AUTOMATIC1111, ComfyUI ou InvokeAI, avec leurs paramètres.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Vary this image</source>
        <translation>&amp;Varier cette image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 close variations of the image shown: the same seed with random variation seeds.</source>
        <translation>Créer %1 variantes proches de l’image affichée : la même graine avec des graines de variation aléatoires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lightly (strength %1)</source>
        <translation>&amp;Légèrement (intensité %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;mewhat (strength %1)</source>
        <translation>&amp;Moyennement (intensité %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;trongly (strength %1)</source>
        <translation>&amp;Fortement (intensité %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How diffusion works</source>
        <translation>&amp;Comment fonctionne la diffusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stipple</source>
        <translation>À &amp;propos de Stipple</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading model %1…</source>
        <translation>Chargement du modèle %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 · native %3×%4%5</source>
        <translation>%1 · %2 · natif %3×%4%5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> · TAESD</source>
        <translation> · TAESD</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Cannot use this upscaler model</source>
        <translation>Impossible d&apos;utiliser ce modèle d&apos;agrandissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this picture</source>
        <translation>Impossible d’utiliser cette image</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Use as &amp;img2img source</source>
        <translation>Utiliser comme source &amp;img2img</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the next generation from the image shown (img2img), with its prompt kept.</source>
        <translation>Lancer la prochaine génération à partir de l’image affichée (img2img), en gardant son prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upscale…</source>
        <translation>A&amp;grandir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enlarge the image shown (or the gallery&apos;s, while the gallery has focus) with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Agrandir l’image affichée (ou celle de la galerie quand elle a le focus) avec Lanczos ou un modèle ESRGAN en une nouvelle image, en gardant ses paramètres.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> · v-prediction</source>
        <translation> · prédiction v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · VAE %1</source>
        <translation> · VAE %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some embeddings cannot be used</source>
        <translation>Certains embeddings ne peuvent pas être utilisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)</source>
        <translation>Modèle Turbo %1 prêt : 1 pas, guidage 0, %2 (jusqu’à 4 pas fonctionnent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 ready: %2, as it recommends</source>
        <translation>Modèle %1 prêt : %2, comme il le recommande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready: %2, the usual settings</source>
        <translation>Modèle %1 prêt : %2, les réglages habituels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready</source>
        <translation>Modèle %1 prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Votre image apparaîtra ici.

Écrivez un prompt et appuyez sur Générer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Could not load the model %1</source>
        <translation>Impossible de charger le modèle %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load %1 — no model loaded</source>
        <translation>Impossible de charger %1 — aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model loaded.

Open a model: File ▸ Open model folder… or Open model file…</source>
        <translation>Aucun modèle chargé.

Ouvrez un modèle : Fichier ▸ Ouvrir un dossier de modèle… ou Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model failed to load</source>
        <translation>Échec du chargement du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the built-in model</source>
        <translation>le modèle intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Reopened %2 instead.</source>
        <translation>%1

%2 a été rouvert à la place.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+61"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+0"/>
        <source>Open a model first: File ▸ Open model folder… or Open model file…</source>
        <translation>Ouvrez d’abord un modèle : Fichier ▸ Ouvrir un dossier de modèle… ou Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Cannot generate</source>
        <translation>Impossible de générer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to vary: generate an image, or open one or pick one in the gallery</source>
        <translation>Rien à varier : générez une image, ouvrez-en une ou choisissez-la dans la galerie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Varying seed %1: %2 images at strength %3</source>
        <translation>Variation de la graine %1 : %2 images, intensité %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upscaling %1 ×%2 with %3…</source>
        <translation>Agrandissement de %1 ×%2 avec %3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaling %1…</source>
        <translation>Agrandissement de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sweep running…</source>
        <translation>Balayage en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating 1 image…</source>
        <translation>Génération d’une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 images…</source>
        <translation>Génération de %1 images…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · sweep · %2 cells</source>
        <translation>#%1 · balayage · %2 cellules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 · upscale ×%2 · %3</source>
        <translation>#%1 · agrandir ×%2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · seed %2 · %3 steps · %4</source>
        <translation>n° %1 · graine %2 · %3 pas · %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Interruption — rien ne sera enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishing with the current estimate…</source>
        <translation>Fin avec l’estimation actuelle…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Upscale failed</source>
        <translation>Échec de l’agrandissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale aborted — nothing saved</source>
        <translation>Agrandissement interrompu — rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 in %2</source>
        <translation>%1 enregistrée dans %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Generation failed</source>
        <translation>Échec de la génération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted after 1 step — nothing saved</source>
        <translation>Interrompu après 1 pas — rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps — nothing saved</source>
        <translation>Interrompu après %1 pas — rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <location filename="../ui/main_window_classroom.cpp" line="+109"/>
        <source>Could not record the history</source>
        <translation>Impossible d’enregistrer l’historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Seed %1 · %2</source>
        <translation>Graine %1 · %2</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Saved 1 image in %1</source>
        <translation>1 image enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 images in %2</source>
        <translation>%1 images enregistrées dans %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameters in %1</source>
        <translation>Aucun paramètre dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PNG has no &quot;parameters&quot; text, so there is nothing to restore.</source>
        <translation>Ce PNG ne contient pas de texte « parameters » : il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameters restored from %1</source>
        <translation>Paramètres restaurés depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open model folder (with model_index.json)</source>
        <translation>Ouvrir un dossier de modèle (avec model_index.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Settings saved. Precision changes apply when a model is loaded.</source>
        <translation>Réglages enregistrés. Un changement de précision s’applique au prochain chargement d’un modèle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show %1</source>
        <translation>Impossible d’afficher %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted 1 image</source>
        <translation>1 image supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1 images</source>
        <translation>%1 images supprimées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1
%2</source>
        <translation>Graine %1
%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the step timeline</source>
        <translation>Enregistrer la chronologie des pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timeline is still being saved</source>
        <translation>Une chronologie est encore en cours d’enregistrement</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Timeline saved: %1</source>
        <translation>Chronologie enregistrée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the timeline</source>
        <translation>Impossible d’enregistrer la chronologie</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;All files (*)</source>
        <translation>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Convert checkpoint</source>
        <translation>Convertir le checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a Python pickle file. Loading a pickle in Python can run any code hidden in it, so Stipple opens only .safetensors files.

Convert it now with Stipple&apos;s own reader, which runs nothing and refuses anything that is not weights? The weights are written once to
%2</source>
        <translation>%1 est un fichier pickle Python. Charger un pickle en Python peut exécuter du code caché dedans, c’est pourquoi Stipple n’ouvre que des fichiers .safetensors.

Le convertir maintenant avec le lecteur de Stipple, qui n’exécute rien et refuse tout ce qui n’est pas des poids ? Les poids sont écrits une fois dans
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening %1, converted from %2 before</source>
        <translation>Ouverture de %1, converti auparavant depuis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not converted</source>
        <translation>Non converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot convert %1</source>
        <translation>Impossible de convertir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted %1 to %2</source>
        <translation>%1 converti en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A conversion is running</source>
        <translation>Une conversion est en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait until it ends, then open %1 again.</source>
        <translation>Attendez qu’elle se termine, puis rouvrez %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Converting %1 to .safetensors…</source>
        <translation>Conversion de %1 en .safetensors…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to start from</source>
        <translation>Aucune image de départ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate or open an image first; it is shown in the preview.</source>
        <translation>Générez ou ouvrez d’abord une image ; elle s’affiche dans l’aperçu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use this image</source>
        <translation>Impossible d’utiliser cette image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next generation starts from this image (img2img).</source>
        <translation>La prochaine génération part de cette image (img2img).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Cannot upscale %1</source>
        <translation>Impossible d’agrandir %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No image is shown: generate one, or pick one in the gallery.</source>
        <translation>Aucune image n’est affichée : générez-en une ou choisissez-en une dans la galerie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is gone.</source>
        <translation>Le fichier %1 n’existe plus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;VAE file…</source>
        <translation>Choisir un fichier &amp;VAE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode this model&apos;s images with a separate VAE (.safetensors, e.g. vae-ft-mse or an SDXL fp16-fix VAE). Remembered for this model.</source>
        <translation>Décoder les images de ce modèle avec un VAE séparé (.safetensors, p. ex. vae-ft-mse ou un VAE SDXL fp16-fix). Mémorisé pour ce modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the model&apos;s &amp;own VAE</source>
        <translation>Utiliser le VAE &amp;propre au modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prediction type</source>
        <translation>Type de &amp;prédiction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Detect from the file</source>
        <translation>&amp;Détecter depuis le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epsilon (SD 1.x, 2.x-base, SDXL)</source>
        <translation>&amp;Epsilon (pour SD 1.x, 2.x-base, SDXL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;v-prediction (SD 2.x 768-v, v-pred finetunes)</source>
        <translation>Prédiction &amp;v (SD 2.x 768-v, finetunes v-pred)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the model&apos;s UNet predicts. Detected from a single file as AUTOMATIC1111 and ComfyUI do; choose it here when a model draws only noise or grey.</source>
        <translation>Ce que prédit l’UNet du modèle. Détecté depuis un fichier unique comme le font AUTOMATIC1111 et ComfyUI ; choisissez-le ici si un modèle ne dessine que du bruit ou du gris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;LoRA folder</source>
        <translation>Ouvrir le dossier &amp;LoRA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRA files here are used with &lt;lora:name:weight&gt; in the prompt.</source>
        <translation>Les fichiers LoRA de ce dossier s’utilisent avec &lt;lora:nom:poids&gt; dans le prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;embeddings folder</source>
        <translation>Ouvrir le dossier des &amp;embeddings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textual-inversion embeddings here are used by writing their name in the prompt.</source>
        <translation>Les embeddings textual inversion de ce dossier s’utilisent en écrivant leur nom dans le prompt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose VAE file</source>
        <translation>Choisir un fichier VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE files (*.safetensors);;All files (*)</source>
        <translation>Fichiers VAE (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This image has no step timeline: generate one, or pick a recent image in the gallery</source>
        <translation>Cette image n&apos;a pas de chronologie des étapes : générez-en une ou choisissez une image récente dans la galerie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the step timeline…</source>
        <translation>Enregistrement de la chronologie des pas…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="-80"/>
        <source>%1 files in %2 folders, %3 skipped (unreadable)</source>
        <translation>%1 fichiers dans %2 dossiers, %3 ignorés (illisibles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2 folders</source>
        <translation>%1 fichiers dans %2 dossiers</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>VAE %1 chosen for this model</source>
        <translation>VAE %1 choisi pour ce modèle</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for models…</source>
        <translation>Recherche de modèles…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copying %1 into %2…</source>
        <translation>Copie de %1 dans %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the dropped file</source>
        <translation>Impossible d’utiliser le fichier déposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now in the library</source>
        <translation>%1 est maintenant dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the prompt</source>
        <translation>%1 est déjà dans le prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 to the prompt</source>
        <translation>%1 ajouté au prompt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_classroom.cpp" line="-73"/>
        <source>&amp;Classroom</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A 45-minute lesson through the views below, in order (part of Help ▸ How diffusion works).</source>
        <translation>Une leçon de 45 minutes à travers les vues ci-dessous, dans l’ordre (partie de Aide ▸ Comment fonctionne la diffusion).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Guidance view…</source>
        <translation>Vue du &amp;guidage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the guidance view</source>
        <translation>Impossible d’ouvrir la vue du guidage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare</source>
        <translation>Rien à comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At every step: the image predicted from the prompt, from the negative prompt, their difference and the guided result; re-guide any step at another scale without rerunning.</source>
        <translation>À chaque pas : l’image prédite avec le prompt, avec le prompt négatif, leur différence et le résultat guidé ; guidez à nouveau n’importe quel pas à une autre échelle sans relancer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lockstep compare…</source>
        <translation>Comparaison &amp;synchronisée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 runs side by side on one step scrubber: the images selected in the gallery, else the newest results.</source>
        <translation>De 2 à 4 exécutions côte à côte avec un seul curseur de pas : les images sélectionnées dans la galerie, sinon les résultats les plus récents.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Forward noising…</source>
        <translation>&amp;Bruitage direct…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Lesson t&amp;our</source>
        <translation>Visite guidée de la le&amp;çon</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How training adds noise: drag t from 0 to T over an image and watch xₜ, with the model&apos;s ᾱ and SNR plotted.</source>
        <translation>Comment l’entraînement ajoute du bruit : faites glisser t de 0 à T sur une image et regardez xₜ, avec le ᾱ et le SNR du modèle en graphique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seed triage…</source>
        <translation>&amp;Tri des graines…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Many seeds rendered part of the way in a grid: pick the promising ones and finish only those, exactly as full runs.</source>
        <translation>De nombreuses graines rendues en partie dans une grille : choisissez les plus prometteuses et terminez seulement celles-là, exactement comme des exécutions complètes.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Prompt as tokens</source>
        <translation>Le &amp;prompt en tokens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt as the text encoder reads it: its tokens, their ids and weights, and the chunks.</source>
        <translation>Le prompt tel que le lit l’encodeur de texte : ses tokens, leurs identifiants et poids, et les blocs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens &amp;under the prompt</source>
        <translation>Tokens so&amp;us le prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A compact row of the prompt&apos;s tokens under the prompt box, updated as you type.</source>
        <translation>Une ligne compacte des tokens du prompt sous la zone du prompt, mise à jour pendant la frappe.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>P&amp;resenter view</source>
        <translation>Vue p&amp;résentateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen for a class: large preview and fonts, the pipeline stage running now, and an option to hide the result until the run ends.</source>
        <translation>Plein écran pour une classe : grand aperçu et grandes polices, l’étape du pipeline en cours, et une option pour cacher le résultat jusqu’à la fin de l’exécution.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Train a tiny model…</source>
        <translation>Entraîner un tout petit &amp;modèle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train a small model from scratch in about ten minutes, watching its loss fall and its pictures improve; then generate with it.</source>
        <translation>Entraîner un petit modèle à partir de zéro en une dizaine de minutes, en regardant sa perte baisser et ses images s’améliorer ; puis générer avec lui.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_lockstep.cpp" line="-20"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click) to compare them step by step</source>
        <translation>Sélectionnez 2 à 4 images dans la galerie (Ctrl+clic) pour les comparer pas à pas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>aborted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click), or generate two images first, to compare them step by step</source>
        <translation>Sélectionnez 2 à 4 images dans la galerie (Ctrl+clic), ou générez d’abord deux images, pour les comparer pas à pas</translation>
    </message>
</context>
<context>
    <name>stipple::ui::MaskDialog</name>
    <message>
        <location filename="../ui/mask_dialog.cpp" line="+18"/>
        <source>Paint the part to redraw</source>
        <translation>Peindre la partie à redessiner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint what to redraw (B). The right mouse button erases.</source>
        <translation>Peignez ce qui sera redessiné (B). Le bouton droit efface.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take painted parts back (E).</source>
        <translation>Retirer des parties peintes (E).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size in picture pixels ([ smaller, ] larger).</source>
        <translation>Taille du pinceau en pixels de l’image ([ plus petit, ] plus grand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size</source>
        <translation>Taille du pinceau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Size </source>
        <translation> Taille </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redraw everything except what is painted.</source>
        <translation>Tout redessiner sauf ce qui est peint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the whole mask.</source>
        <translation>Supprimer tout le masque.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 % of the picture will be redrawn.</source>
        <translation>%1 % de l’image sera redessiné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing painted: the whole picture is redrawn as img2img.</source>
        <translation>Rien de peint : toute l’image est redessinée en img2img.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.cpp" line="+83"/>
        <source>Model library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to filter: name, SDXL, LoRA, embedding, VAE, folder…</source>
        <translation>Tapez pour filtrer : nom, SDXL, LoRA, embedding, VAE, dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder of models to the library, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Ajouter un dossier de modèles à la bibliothèque, p. ex. le dossier models d’AUTOMATIC1111 (ses sous-dossiers Stable-diffusion, Lora, embeddings et VAE sont tous lus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescan</source>
        <translation>Réanalyser</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Recent model</source>
        <translation>Modèle récent</translation>
    </message>
</context>
<context>
    <name>stipple::ui::NoisingView</name>
    <message>
        <location filename="../ui/noising_view.cpp" line="+72"/>
        <source>Forward noising</source>
        <translation>Bruitage direct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image in the main window</source>
        <translation>Image de la fenêtre principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in scene</source>
        <translation>Scène intégrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Image to noise</source>
        <translation>Image à bruiter</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Image x₀:</source>
        <translation>&amp;Image x₀ :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene prompt</source>
        <translation>Prompt de la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stipple Shapes scene drawn exactly (no model involved): the kind of picture the built-in model was trained on.</source>
        <translation>Une scène Stipple Shapes dessinée exactement (sans modèle) : le genre d’image sur lequel le modèle intégré a été entraîné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layout </source>
        <translation>disposition </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene layout seed</source>
        <translation>Graine de la disposition de la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clean image x₀</source>
        <translation>L’image propre x₀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noised image xₜ, decoded</source>
        <translation>L’image bruitée xₜ, décodée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four latent channels of xₜ</source>
        <translation>Les quatre canaux latents de xₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image above.</source>
        <translation>Choisissez une image ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>xₜ appears here.</source>
        <translation>xₜ apparaît ici.</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+249"/>
        <source>The latent channels appear here.</source>
        <translation>Les canaux latents apparaissent ici.</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>What the model really works on: four numbers per block of pixels (8×8 for Stable Diffusion), one picture per channel: grey is 0, white +4, black −4.</source>
        <translation>Ce sur quoi le modèle travaille vraiment : quatre nombres par bloc de pixels (8×8 pour Stable Diffusion), une image par canal : gris = 0, blanc = +4, noir = −4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₀ (the image)</source>
        <translation>x₀ (l’image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ decoded</source>
        <translation>xₜ décodé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ: the 4 latent channels</source>
        <translation>xₜ : les 4 canaux latents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noising formula</source>
        <translation>Formule du bruitage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;t:</source>
        <translation>Pas de temps &amp;t :</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Noising step t</source>
        <translation>Pas de bruitage t</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Drag from t = 0 (the clean image) to T (pure noise in training).</source>
        <translation>Faites glisser de t = 0 (l’image propre) à T (bruit pur à l’entraînement).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ε &amp;seed:</source>
        <translation>&amp;Graine de ε :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the noise ε</source>
        <translation>Graine du bruit ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same noise ε at every t: one noise fading in.</source>
        <translation>La même graine donne le même bruit ε à chaque t : un seul bruit qui apparaît en fondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New noise</source>
        <translation>Nouveau bruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw another ε (a random seed).</source>
        <translation>Tirer un autre ε (une graine aléatoire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast preview</source>
        <translation>Aperçu rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE</source>
        <translation>VAE complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAESD</source>
        <translation>Décodeur TAESD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How xₜ is decoded</source>
        <translation>Comment xₜ est décodé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE is exact but slow on large models; the fast preview is nearly free.</source>
        <translation>Le VAE complet est exact mais lent sur les grands modèles ; l’aperçu rapide ne coûte presque rien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict first</source>
        <translation>&amp;Prédire d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide xₜ after every change of t until Reveal is pressed: let the class guess first.</source>
        <translation>Cacher xₜ après chaque changement de t jusqu’à un appui sur « Révéler » : laissez d’abord la classe deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Révéler</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The main window shows no image yet: generate one, or choose a file or a built-in scene.</source>
        <translation>La fenêtre principale n’affiche encore aucune image : générez-en une, ou choisissez un fichier ou une scène intégrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the main window&apos;s image</source>
        <translation>l’image de la fenêtre principale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2×%3 pixels: larger than this view reads (%4 px a side).</source>
        <translation>%1 fait %2×%3 pixels : plus grand que ce que lit cette vue (%4 px de côté).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>scene “%1”</source>
        <translation>scène « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot draw that scene: %1</source>
        <translation>Impossible de dessiner cette scène : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>x₀: %1, %2×%3</source>
        <translation>x₀ : %1, %2×%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (load a model for its schedule)</source>
        <translation>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (chargez un modèle pour sa planification)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</source>
        <translation>t = %1 :  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predict: what does xₜ look like at t = %1? Then press Reveal.</source>
        <translation>Prédiction : à quoi ressemble xₜ à t = %1 ? Puis appuyez sur « Révéler ».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the model to load…</source>
        <translation>En attente du chargement du modèle…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>xₜ at t = %1 with ε seed %2 (%3×%4 latent)</source>
        <translation>xₜ à t = %1 avec la graine de ε %2 (latent %3×%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not noise the image: %1</source>
        <translation>Impossible de bruiter l’image : %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::OutpaintDialog</name>
    <message>
        <location filename="../ui/outpaint_dialog.cpp" line="+14"/>
        <source>Extend canvas</source>
        <translation>Agrandir le canevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture gets a border that the next generation paints (outpainting). Use &quot;Masked content: fill&quot; and a denoising strength near 1.</source>
        <translation>L’image reçoit une bordure que la prochaine génération peint (outpainting). Utilisez « Contenu masqué : remplir » et une force de débruitage proche de 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Left</source>
        <translation>&amp;Gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top</source>
        <translation>&amp;Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right</source>
        <translation>&amp;Droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom</source>
        <translation>&amp;Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the left</source>
        <translation>Pixels à ajouter à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the top</source>
        <translation>Pixels à ajouter en haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the right</source>
        <translation>Pixels à ajouter à droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the bottom</source>
        <translation>Pixels à ajouter en bas</translation>
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
        <translation>Jusqu’où la bordure redessinée entre dans l’image, pour que la jointure soit repeinte aussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap into the picture</source>
        <translation>Chevauchement dans l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overlap</source>
        <translation>&amp;Chevauchement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1×%2 → %3×%4</source>
        <translation>%1×%2 → %3×%4 pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pixels on at least one side.</source>
        <translation>Ajoutez des pixels d’au moins un côté.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+12"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the opened image&apos;s parameters ask for that Stipple does not reproduce: the image made here will differ in these.</source>
        <translation>Ce que demandent les paramètres de l’image ouverte et que Stipple ne reproduit pas : l’image faite ici en différera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reproduced from the opened image</source>
        <translation>Non reproduit depuis l’image ouverte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts this model knows how to draw: pick one to start from.</source>
        <translation>Des prompts que ce modèle sait dessiner : choisissez-en un pour commencer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example prompts</source>
        <translation>Exemples de prompts</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+888"/>
        <source>Describe the image: subject, style, lighting… e.g. &quot;a watercolor fox in the snow, soft light&quot;</source>
        <translation>Décrivez l’image : sujet, style, éclairage… p. ex. « un renard à l’aquarelle dans la neige, lumière douce »</translation>
    </message>
    <message>
        <location line="-887"/>
        <source>What you want to see. Ctrl+Enter generates.</source>
        <translation>Ce que vous voulez voir. Ctrl+Entrée lance la génération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt length in tokens</source>
        <translation>Longueur du prompt en tokens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the model will not read in the prompt</source>
        <translation>Ce que le modèle ne lira pas dans le prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A long prompt is read in chunks (75 tokens for most models), each on its own, as AUTOMATIC1111 does. Words that belong together read best inside one chunk; BREAK starts a new one.</source>
        <translation>Un long prompt est lu par blocs (75 jetons pour la plupart des modèles), chacun séparément, comme dans AUTOMATIC1111. Les mots qui vont ensemble agissent mieux dans un même bloc ; BREAK en commence un nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the prompt&apos;s chunks begin</source>
        <translation>Où commencent les blocs du prompt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Negative prompt</source>
        <translation>Prompt &amp;négatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to avoid, e.g. &quot;blurry, lowres, watermark&quot;</source>
        <translation>Ce qu’il faut éviter, p. ex. « flou, basse résolution, filigrane »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classifier-free guidance steers away from this text. Leave empty for none.</source>
        <translation>Le guidage sans classifieur (CFG) éloigne l’image de ce texte. Laissez vide pour aucun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt length in tokens</source>
        <translation>Longueur du prompt négatif en tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model will not read in the negative prompt</source>
        <translation>Ce que le modèle ne lira pas dans le prompt négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the negative prompt&apos;s chunks begin</source>
        <translation>Où commencent les blocs du prompt négatif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The random seed: the same seed with the same settings gives the same image. Any whole number from 0 to 18446744073709551615. With several images, they use seed, seed+1, …</source>
        <translation>La graine aléatoire : la même graine avec les mêmes réglages donne la même image. N’importe quel entier de 0 à 18446744073709551615. Avec plusieurs images, elles utilisent graine, graine+1, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a new random seed now.</source>
        <translation>Tirer une nouvelle graine aléatoire maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this seed</source>
        <translation>&amp;Garder cette graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: every Generate draws a new random seed. On: the seed above is used again (typing or reusing a seed turns this on).</source>
        <translation>Désactivé : chaque génération tire une nouvelle graine aléatoire. Activé : la graine ci-dessus est réutilisée (saisir ou réutiliser une graine l’active).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Denoising steps. More steps refine more but take longer; 20-30 suits most samplers.</source>
        <translation>Pas de débruitage. Plus de pas affinent davantage mais prennent plus de temps ; 20 à 30 conviennent à la plupart des échantillonneurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps</source>
        <translation>&amp;Pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guidance scale (CFG): how strictly the image follows the prompt. 5-9 is typical; higher is more literal but harsher; 1 or less turns guidance (and the negative prompt) off.</source>
        <translation>Échelle de guidage (CFG) : à quel point l’image suit le prompt. 5 à 9 est typique ; plus haut est plus littéral mais plus dur ; 1 ou moins désactive le guidage (et le prompt négatif).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale (CFG)</source>
        <translation>Échelle de guidage (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uidance</source>
        <translation>G&amp;uidage (CFG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sampler (scheduler) that walks from noise to image. Hover an entry to learn more.</source>
        <translation>L’échantillonneur (planificateur) qui mène du bruit à l’image. Survolez une entrée pour en savoir plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ampler</source>
        <translation>Éch&amp;antillonneur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image width in pixels (a multiple of 8). Models work best at their training size.</source>
        <translation>Largeur de l’image en pixels (un multiple de 8). Les modèles fonctionnent mieux à leur taille d’entraînement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image height in pixels (a multiple of 8).</source>
        <translation>Hauteur de l’image en pixels (un multiple de 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap width and height.</source>
        <translation>Échanger largeur et hauteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap width and height</source>
        <translation>Échanger largeur et hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common sizes: 512 for SD 1.x, 768 for SD 2.x, 1024 for SDXL.</source>
        <translation>Tailles courantes : 512 pour SD 1.x, 768 pour SD 2.x, 1024 pour SDXL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size presets</source>
        <translation>Tailles prédéfinies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>512 × 512 — SD 1.x square</source>
        <translation>512 × 512 — SD 1.x carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>512 × 768 — SD 1.x portrait</source>
        <translation>512 × 768 — SD 1.x vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 512 — SD 1.x landscape</source>
        <translation>768 × 512 — SD 1.x paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 768 — SD 2.x square</source>
        <translation>768 × 768 — SD 2.x carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 × 1024 — SDXL square</source>
        <translation>1024 × 1024 — SDXL carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>832 × 1216 — SDXL portrait</source>
        <translation>832 × 1216 — SDXL vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1216 × 832 — SDXL landscape</source>
        <translation>1216 × 832 — SDXL paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 × 64 — tiny test models</source>
        <translation>64 × 64 — minuscules modèles de test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many images to make in one go; they use seeds seed, seed+1, seed+2, …</source>
        <translation>Combien d’images créer d’un coup ; elles utilisent les graines graine, graine+1, graine+2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of images</source>
        <translation>Nombre d’images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>&amp;Nombre d’images</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opened image was finished early with Finish now: stop at the same step to make it again.</source>
        <translation>L&apos;image ouverte a été terminée tôt avec « Terminer maintenant » : s&apos;arrêter à la même étape pour la refaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variation seed, noise, clip skip</source>
        <translation>Graine de variation, bruit, saut CLIP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More seed settings, as in AUTOMATIC1111: variation seeds, where random numbers come from, eta noise seed delta and clip skip.</source>
        <translation>Plus de réglages de graine, comme dans AUTOMATIC1111 : graines de variation, source des nombres aléatoires, delta de graine du bruit eta et saut CLIP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced seed settings</source>
        <translation>Réglages avancés de la graine</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The opened image read its prompt as written (diffusers style), and so does the next generation; Settings ▸ Prompt syntax returns to AUTOMATIC1111&apos;s.</source>
        <translation>L’image ouverte a lu son prompt tel quel (style diffusers), la prochaine génération aussi ; Réglages ▸ Syntaxe du prompt revient à celle d’AUTOMATIC1111.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Extensions and settings Stipple does not have: %1</source>
        <translation>Extensions et réglages que Stipple n’a pas : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys Stipple does not use: %1</source>
        <translation>Autres clés que Stipple n’utilise pas : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood: %1</source>
        <translation>Non compris : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model: %1 (no hash to compare; the loaded model is %2)</source>
        <translation>Modèle : %1 (pas d’empreinte à comparer ; le modèle chargé est %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1 (the loaded model&apos;s hash is not known yet)</source>
        <translation>Modèle : %1 (l’empreinte du modèle chargé n’est pas encore connue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model: %1, an old-style hash Stipple does not compute; the loaded model is %2</source>
        <translation>Modèle : %1, une empreinte ancienne que Stipple ne calcule pas ; le modèle chargé est %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 is not the loaded model, %2</source>
        <translation>Modèle : %1 n’est pas le modèle chargé, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not reproduced from this image:
%1</source>
        <translation>Non reproduit depuis cette image :
%1</translation>
    </message>
    <message>
        <location line="-543"/>
        <location line="+8"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <source>Start from an image (img2img)</source>
        <translation>Partir d’une image (img2img)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Redraw a picture of your own from the prompt instead of starting from noise.</source>
        <translation>Redessiner une image à vous selon le prompt au lieu de partir du bruit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image to image</source>
        <translation>Image vers image</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start from an image (img2img) ●</source>
        <translation>Partir d’une image (img2img) ●</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generate with these settings (Ctrl+Enter). While busy, the request waits in the queue.</source>
        <translation>Générer avec ces réglages (Ctrl+Entrée). Pendant un calcul, la demande attend dans la file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+636"/>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <location line="-637"/>
        <source>Stop the current image now (Esc). Nothing is saved.</source>
        <translation>Arrêter l’image en cours tout de suite (Échap). Rien n’est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stop early and keep the current estimate as the result (decoded with the full VAE).</source>
        <translation>S’arrêter tôt et garder l’estimation actuelle comme résultat (décodée avec le VAE complet).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>Retirer de la file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected request from the queue.</source>
        <translation>Retirer la demande sélectionnée de la file d’attente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests waiting for the current generation to finish, in order.</source>
        <translation>Demandes qui attendent la fin de la génération en cours, dans l’ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint.</source>
        <translation>Ouvrir un dossier de modèle diffusers (avec model_index.json) ou un checkpoint .safetensors unique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open model folder…</source>
        <translation>Ouvrir un dossier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model file…</source>
        <translation>Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model status</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second seed whose noise is blended into the seed&apos;s by the strength below: the same picture, a little different. Empty with a strength above 0 draws one.</source>
        <translation>Une seconde graine dont le bruit est mêlé à celui de la graine selon l’intensité ci-dessous : la même image, un peu différente. Vide avec une intensité au-dessus de 0, une est tirée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation seed</source>
        <translation>Graine de variation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a new random variation seed now.</source>
        <translation>Tirer maintenant une nouvelle graine de variation aléatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random variation seed</source>
        <translation>Graine de variation aléatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Variation seed</source>
        <translation>Graine de &amp;variation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (off)</source>
        <translation>0 (désactivé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the variation seed&apos;s noise to use: 0 is the seed alone, 1 the variation seed alone; 0.05-0.2 gives close variations.</source>
        <translation>Part du bruit de la graine de variation : 0 est la graine seule, 1 la graine de variation seule ; 0,05–0,2 donne des variantes proches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation strength</source>
        <translation>Intensité de variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rength</source>
        <translation>Intensi&amp;té</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the seed&apos;s noise as if the image were this size, so a seed keeps its composition at another size (A1111&apos;s &quot;Resize seed from&quot;). Off: the image&apos;s own size.</source>
        <translation>Tirer le bruit de la graine comme si l’image avait cette taille, pour qu’une graine garde sa composition à une autre taille (« Resize seed from » d’A1111). Désactivé : la taille de l’image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize seed from width</source>
        <translation>Taille de la graine : largeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize seed from height</source>
        <translation>Taille de la graine : hauteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed si&amp;ze from</source>
        <translation>&amp;Taille graine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>torch on the CPU: the numbers of diffusers and ComfyUI (RNG: CPU)</source>
        <translation>torch sur le processeur : les nombres de diffusers et ComfyUI (RNG : CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (NVIDIA)</source>
        <translation>Carte graphique (NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s default: the numbers of an NVIDIA GPU, computed here (RNG: NV)</source>
        <translation>Le défaut d’AUTOMATIC1111 : les nombres d’une carte NVIDIA, calculés ici (RNG : NV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this request&apos;s random numbers come from (the default is in Settings). An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>D’où viennent les nombres aléatoires de cette requête (le défaut est dans les Réglages). Une image ouverte d’AUTOMATIC1111 impose ce avec quoi elle a été faite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random numbers</source>
        <translation>Nombres aléatoires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ra&amp;ndom numbers</source>
        <translation>&amp;Nombres aléatoires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The opened image does not say (no RNG key): AUTOMATIC1111&apos;s default, GPU, is assumed.</source>
        <translation>L’image ouverte ne le dit pas (pas de clé RNG) : le défaut d’AUTOMATIC1111, carte graphique, est supposé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eta noise seed delta (ENSD): the samplers that add noise at every step (Euler a, DPM++ SDE…) draw it from seed + this number. 0 = off; 31337 was a common choice.</source>
        <translation>Delta de graine du bruit eta (ENSD) : les échantillonneurs qui ajoutent du bruit à chaque étape (Euler a, DPM++ SDE…) le tirent de graine + ce nombre. 0 = désactivé ; 31337 était courant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta noise seed delta</source>
        <translation>Delta de graine du bruit eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ENSD</source>
        <translation>Delta &amp;ENSD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step (diffusers)</source>
        <translation>À chaque pas (diffusers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh draw of the image&apos;s random numbers at every step, as diffusers</source>
        <translation>Un nouveau tirage des nombres aléatoires de l’image à chaque pas, comme diffusers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brownian tree (AUTOMATIC1111)</source>
        <translation>Arbre brownien (AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s: each image&apos;s steps share one Brownian motion drawn from its seed, the same whatever the batch size (SDE noise: brownian)</source>
        <translation>Comme AUTOMATIC1111 : les pas d’une image partagent un mouvement brownien tiré de sa graine, le même quelle que soit la taille du lot (SDE noise: brownian)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the DPM++ SDE samplers take the noise they add at every step. An image opened from AUTOMATIC1111 with such a sampler sets the Brownian tree.</source>
        <translation>D’où les échantillonneurs DPM++ SDE tirent le bruit qu’ils ajoutent à chaque pas. Une image d’AUTOMATIC1111 ouverte avec un tel échantillonneur choisit l’arbre brownien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>SDE noise</source>
        <translation>Bruit SDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip skip, counted as AUTOMATIC1111 does: 1 uses the text encoder&apos;s last layer, 2 the one before (what many anime models expect).</source>
        <translation>Saut CLIP, compté comme dans AUTOMATIC1111 : 1 utilise la dernière couche de l’encodeur de texte, 2 l’avant-dernière (ce qu’attendent beaucoup de modèles anime).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip skip</source>
        <translation>Saut CLIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clip skip</source>
        <translation>Saut &amp;CLIP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(word:1.3) multiplies the word&apos;s embedding, then the prompt is rescaled to its original mean (AUTOMATIC1111&apos;s default)</source>
        <translation>(mot:1.3) multiplie l’embedding du mot, puis le prompt est ramené à sa moyenne d’origine (le défaut d’AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No norm</source>
        <translation>Sans normalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights multiply without the rescale (said to suit SDXL better)</source>
        <translation>Les poids multiplient sans remise à l’échelle (conviendrait mieux à SDXL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brackets and weights are removed from the prompt but change nothing</source>
        <translation>Les parenthèses et les poids sont retirés du prompt mais ne changent rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (literal brackets)</source>
        <translation>Aucune (parenthèses littérales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weighting syntax: brackets, weights and BREAK are read as words</source>
        <translation>Pas de syntaxe de pondération : parenthèses, poids et BREAK sont lus comme des mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weights such as (word:1.3) do, as AUTOMATIC1111&apos;s emphasis mode. An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>L’effet des poids comme (mot:1.3), comme le mode d’emphase d’AUTOMATIC1111. Une image ouverte depuis AUTOMATIC1111 règle celui avec lequel elle a été faite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emphasis mode</source>
        <translation>Mode d’emphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mphasis</source>
        <translation>E&amp;mphase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching (DeepCache): the whole model runs only every N-th step, and the steps between reuse its deep features. Faster, and the picture comes out slightly different from the full run. Off makes the exact picture.</source>
        <translation>Cache des pas (DeepCache) : le modèle entier ne tourne qu’un pas sur N, les pas intermédiaires réutilisent ses caractéristiques profondes. Plus rapide, et l’image diffère un peu du calcul complet. Désactivé donne l’image exacte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step caching interval</source>
        <translation>Intervalle du cache des pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching</source>
        <translation>Cache des pas</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Variation seed: %1</source>
        <translation>Graine de variation : %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sampler: %1 (not available; kept %2)</source>
        <translation>Échantillonneur : %1 (indisponible ; %2 conservé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish at step %1 of %2, as this image was</source>
        <translation>Terminer à l&apos;étape %1 sur %2, comme cette image</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Face restoration: %1 (choose a GFPGAN or CodeFormer .onnx file under Face detailer to restore faces)</source>
        <translation>Restauration des visages : %1 (choisissez un fichier .onnx GFPGAN ou CodeFormer sous Retouche des visages pour restaurer les visages)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hires fix with an upscaler or a resize the app does not offer (set: the first pass only; an upscaler model: put its .safetensors in models/ESRGAN or pick it under Hires fix › Upscaler, then restore again; a resize: stipple-cli generate --hires-resize): %1</source>
        <translation>Hires fix avec un agrandisseur ou un redimensionnement que l&apos;application n&apos;offre pas (appliqué : la première passe seulement ; un modèle d&apos;agrandissement : placez son .safetensors dans models/ESRGAN ou choisissez-le sous Hires fix › Agrandisseur, puis restaurez à nouveau ; un redimensionnement : stipple-cli generate --hires-resize) : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LoRA not in your LoRA folder (%1): %2</source>
        <translation>LoRA absent de votre dossier LoRA (%1) : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypernetworks are not loaded: %1</source>
        <translation>Les hypernetworks ne sont pas chargés : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VAE: made with the model&apos;s own VAE; %1 is chosen in Model ▸ VAE</source>
        <translation>VAE : créé avec le VAE propre au modèle ; %1 est choisi dans Modèle ▸ VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE: made with %1 (choose it in Model ▸ VAE)</source>
        <translation>VAE : créé avec %1 (choisissez-le dans Modèle ▸ VAE)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose another model: the library lists your recent models first, then every checkpoint, LoRA, embedding and VAE in your model folders (type to filter).</source>
        <translation>Cliquez pour choisir un autre modèle : la bibliothèque montre d’abord vos modèles récents, puis chaque checkpoint, LoRA, embedding et VAE de vos dossiers de modèles (tapez pour filtrer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no model — choose one…)</source>
        <translation>(aucun modèle — en choisir un…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stipple Shapes (built-in)</source>
        <translation>Stipple Shapes (intégré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stipple&apos;s own small model: coloured shapes on plain backgrounds, fast on any CPU — the classroom demo.</source>
        <translation>Le petit modèle de Stipple : des formes colorées sur fond uni, rapide sur n’importe quel processeur — la démo pour la classe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prompt length in tokens, and the length of the %1-token chunks it fills, as AUTOMATIC1111 counts. A longer prompt adds a chunk; nothing is cut off.</source>
        <translation>Longueur du prompt en jetons, et celle des blocs de %1 jetons qu’il remplit, comptées comme dans AUTOMATIC1111. Un prompt plus long ajoute un bloc ; rien n’est coupé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Longueur du prompt en tokens, et combien en lit l&apos;encodeur de texte du modèle. Les mots au-delà sont ignorés ; une note sous le prompt indique lesquels.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This model does not know: %1. It draws only what its vocabulary names (see Examples).</source>
        <translation>Ce modèle ne connaît pas : %1. Il ne dessine que ce que son vocabulaire nomme (voir Exemples).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the model&apos;s %1-token limit, ignored: “%2”</source>
        <translation>Au-delà de la limite de %1 tokens du modèle, ignoré : « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chunk %1 (BREAK) starts at: “%2”</source>
        <translation>Le bloc %1 (BREAK) commence à : « %2 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chunk %1 starts at: “%2”</source>
        <translation>Le bloc %1 commence à : « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… %1 chunks in all</source>
        <translation>… %1 blocs en tout</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Describe the shapes, e.g. &quot;%1&quot;</source>
        <translation>Décrivez les formes, p. ex. « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aborting…</source>
        <translation>Interruption…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue: empty</source>
        <translation>File d’attente : vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue: %1 waiting</source>
        <translation>File d’attente : %1 en attente</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>guidance %L1</source>
        <translation>guidage %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 steps</source>
        <translation>%1 pas</translation>
    </message>
    <message>
        <location line="-638"/>
        <source>Model library…</source>
        <translation>Bibliothèque de modèles…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PipelineStrip</name>
    <message>
        <location filename="../ui/pipeline_strip.cpp" line="+35"/>
        <source>Pipeline</source>
        <translation>Chaîne de traitement</translation>
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
        <translation>Encodeur de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNet loop</source>
        <translation>Boucle UNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your words</source>
        <translation>vos mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words → numbers</source>
        <translation>mots → nombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers → meaning</source>
        <translation>nombres → sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× N steps</source>
        <translation>× N pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 / %2</source>
        <translation>pas %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× 1 step</source>
        <translation>× 1 pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>× %1 steps</source>
        <translation>× %1 pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent → pixels</source>
        <translation>latent → pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding the prompt</source>
        <translation>Encodage du prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoising, step %1 of %2</source>
        <translation>Débruitage, pas %1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denoising</source>
        <translation>Débruitage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding with the VAE</source>
        <translation>Décodage par le VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PngImporter</name>
    <message>
        <location filename="../ui/png_import.cpp" line="+356"/>
        <source>1 image imported.</source>
        <translation>1 image importée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images imported.</source>
        <translation>%1 images importées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was already in the history.</source>
        <translation>1 était déjà dans l’historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were already in the history.</source>
        <translation>%1 étaient déjà dans l’historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had no parameters Stipple can read (imported as images only).</source>
        <translation>%1 n’avaient aucun paramètre lisible par Stipple (importées comme simples images).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Annulé : les fichiers pas encore lus ont été laissés de côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not store some images: %1</source>
        <translation>L’historique n’a pas pu enregistrer certaines images : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file could not be read:</source>
        <translation>1 fichier n’a pas pu être lu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be read:</source>
        <translation>%1 fichiers n’ont pas pu être lus :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder of PNG images</source>
        <translation>Importer un dossier d’images PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading images…</source>
        <translation>Lecture des images…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Import PNG folder</source>
        <translation>Importer un dossier PNG</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2 images…</source>
        <translation>Importation des images : %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PresenterWindow</name>
    <message>
        <location filename="../ui/presenter_window.cpp" line="+49"/>
        <source>Stipple — Presenter view</source>
        <translation>Stipple — Vue présentateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the presenter view</source>
        <translation>Quitter la vue présentateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tep</source>
        <translation>Pa&amp;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step scrubber</source>
        <translation>Curseur des pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the picture at every step of the run, from noise to the result.</source>
        <translation>Faites glisser pour voir l’image à chaque pas de l’exécution, du bruit jusqu’au résultat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
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
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>Ga&amp;rder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the seed above is used again. Off: every Generate draws a new one.</source>
        <translation>Activé : la graine ci-dessus est réutilisée. Désactivé : chaque génération en tire une nouvelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale</source>
        <translation>Échelle de guidage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Seed</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;eps</source>
        <translation>P&amp;as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance</source>
        <translation>G&amp;uidage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide the result until the end</source>
        <translation>&amp;Cacher le résultat jusqu’à la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first: the picture stays blank while the run goes and appears when it ends; then the scrubber shows every step.</source>
        <translation>Prédire d’abord : l’image reste vide pendant l’exécution et apparaît à la fin ; ensuite le curseur montre chaque pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ge&amp;nerate</source>
        <translation>Gé&amp;nérer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>La génération a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted — nothing saved</source>
        <translation>Interrompu — rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predict first: what will the picture show?

It appears when the run ends.</source>
        <translation>Prédisez d’abord : que montrera l’image ?

Elle apparaît à la fin de l’exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture appears here.

Write a prompt and press Generate.</source>
        <translation>L’image apparaîtra ici.

Écrivez un prompt et appuyez sur Générer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Step %1 of %2 · hidden</source>
        <translation>Pas %1 sur %2 · caché</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Hidden until the end</source>
        <translation>Caché jusqu’à la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Pas %1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview caption</source>
        <translation>Légende de l’aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denoised estimate (x₀)</source>
        <translation>Estimation débruitée (x₀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noisy latent (xₜ)</source>
        <translation>Latent bruité (xₜ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview shows</source>
        <translation>L’aperçu montre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the live preview shows: the model&apos;s current guess of the finished image (x₀), or the noisy latent the sampler is actually working on (xₜ).</source>
        <translation>Ce que montre l’aperçu en direct : l’estimation actuelle de l’image finale par le modèle (x₀), ou le latent bruité sur lequel l’échantillonneur travaille réellement (xₜ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Fast preview (latent → RGB)</source>
        <translation>Aperçu rapide (latent → RVB)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>TAESD preview</source>
        <translation>Aperçu TAESD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview decoder</source>
        <translation>Décodeur de l’aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How previews are decoded: a nearly free linear approximation, or TAESD, a tiny decoder that looks much closer to the final image (needs TAESD weights beside the model).</source>
        <translation>Comment les aperçus sont décodés : une approximation linéaire presque gratuite, ou TAESD, un minuscule décodeur bien plus proche de l’image finale (nécessite les poids TAESD à côté du modèle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full VAE: off</source>
        <translation>VAE complet : désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE every </source>
        <translation>VAE complet tous les </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE preview every N steps</source>
        <translation>Aperçu avec le VAE complet tous les N pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode the preview with the real VAE every N steps: exact colours and detail, but slow on large models. 0 turns it off.</source>
        <translation>Décoder l’aperçu avec le vrai VAE tous les N pas : couleurs et détails exacts, mais lent sur les grands modèles. 0 le désactive.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview image</source>
        <translation>Image d’aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Votre image apparaîtra ici.

Écrivez un prompt et appuyez sur Générer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step timeline</source>
        <translation>Chronologie des pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step timeline: drag to see the preview of every step of the current image.</source>
        <translation>Chronologie des pas : faites glisser pour voir l’aperçu de chaque pas de l’image en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown step</source>
        <translation>Pas affiché</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>▶ Replay</source>
        <translation>▶ Rejouer</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Replay every step slowly, from noise to the result: for a class, where twenty steps go by in a blink.</source>
        <translation>Rejouer lentement chaque étape, du bruit au résultat : pour une classe, où vingt étapes passent en un clin d&apos;œil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the steps</source>
        <translation>Rejouer les étapes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SNR</source>
        <translation>Courbe SNR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the noise schedule</source>
        <translation>Afficher la planification du bruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the model&apos;s noise schedule (ᾱ and SNR) under the timeline, with a tick where each step of the run sits.</source>
        <translation>Afficher ou masquer la planification du bruit du modèle (ᾱ et SNR) sous la chronologie, avec un repère à la place de chaque pas de l’exécution.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation progress</source>
        <translation>Progression de la génération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step timing</source>
        <translation>Durée des pas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fast preview (full VAE)</source>
        <translation>Aperçu rapide (VAE complet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model&apos;s VAE decodes in a few milliseconds, so every step is previewed with it: exactly the result&apos;s colours.</source>
        <translation>Le VAE de ce modèle décode en quelques millisecondes, chaque étape est donc prévisualisée avec lui : exactement les couleurs du résultat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model has no TAESD weights (taesd_decoder.safetensors).</source>
        <translation>Ce modèle n’a pas de poids TAESD (taesd_decoder.safetensors).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting… (encoding the prompt)</source>
        <translation>Démarrage… (encodage du prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating</source>
        <translation>Génération en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Pas %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s/step · %2 elapsed · ETA %3</source>
        <translation>%1 s/pas · %2 écoulé · reste %3</translation>
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
        <translation>Pas %1/%2 · %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Starting… (loading the upscaler)</source>
        <translation>Démarrage… (chargement de l’agrandisseur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tile %1/%2</source>
        <translation>Tuile %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s/tile · %2 elapsed · ETA %3</source>
        <translation>%1 s/tuile · %2 écoulé · reste %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done in %1</source>
        <translation>Terminé en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Interruption…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Interruption — rien ne sera enregistré</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PromptTokensWindow</name>
    <message>
        <location filename="../ui/prompt_tokens_window.cpp" line="+17"/>
        <source>%1 · %2/%3 tokens in 1 chunk</source>
        <translation>%1 · %2/%3 tokens en 1 bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 tokens in %4 chunks</source>
        <translation>%1 · %2/%3 tokens en %4 blocs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Prompt as tokens</source>
        <translation>Le prompt en tokens</translation>
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
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Each chip is one token the text encoder reads (hover for its id). Orange: emphasised with (word) or (word:1.5), the number under it is the weight; blue: weakened with [word]; purple: an embedding&apos;s vectors. The encoder reads the prompt in chunks of a fixed length; BREAK starts a new one.</source>
        <translation>Chaque pastille est un token lu par l’encodeur de texte (survolez-la pour voir son identifiant). Orange : renforcé avec (mot) ou (mot:1.5), le nombre en dessous est le poids ; bleu : atténué avec [mot] ; violet : les vecteurs d’un embedding. L’encodeur lit le prompt par blocs de longueur fixe ; BREAK en commence un nouveau.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ReguideTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+34"/>
        <source>Guidance view: re-guiding at %1</source>
        <translation>Vue du guidage : nouveau guidage à %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedEdit</name>
    <message>
        <location filename="../ui/seed_edit.cpp" line="+41"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a seed (a whole number from 0 to 18446744073709551615).</source>
        <translation>Saisissez une graine (un entier de 0 à 18446744073709551615).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A seed has digits only (0-9).</source>
        <translation>Une graine ne contient que des chiffres (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed is too large: the largest seed is 18446744073709551615 (2^64 - 1).</source>
        <translation>Graine trop grande : la plus grande graine est 18446744073709551615 (2^64 − 1).</translation>
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
        <translation>Tri des graines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of seeds</source>
        <translation>Nombre de graines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many seeds to try (each keeps its paused run in memory until the dialog closes).</source>
        <translation>Combien de graines essayer (chacune garde son exécution en pause en mémoire jusqu’à la fermeture de la boîte de dialogue).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which seeds</source>
        <translation>Quelles graines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the current seed upward</source>
        <translation>À partir de la graine actuelle, en montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seeds</source>
        <translation>Graines aléatoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at this share of the steps</source>
        <translation>Aperçu à cette part des pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> % of the steps</source>
        <translation> % des pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far each seed is rendered for its preview. The picked ones continue from there.</source>
        <translation>Jusqu’où chaque graine est rendue pour son aperçu. Les graines choisies reprennent de là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode previews with the full VAE (slower, truer)</source>
        <translation>Décoder les aperçus avec le VAE complet (plus lent, plus fidèle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds:</source>
        <translation>Graines :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at:</source>
        <translation>Aperçu à :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render previews</source>
        <translation>Rendre les aperçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renders every seed to the chosen share of the steps with the main window&apos;s parameters.</source>
        <translation>Rend chaque graine jusqu’à la part des pas choisie, avec les paramètres de la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chosen</source>
        <translation>Poursuivre les choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishes the chosen seeds from where their previews stopped: the same images as full generations, saved and added to the gallery.</source>
        <translation>Termine les graines choisies là où leurs aperçus se sont arrêtés : les mêmes images que des générations complètes, enregistrées et ajoutées à la galerie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Render previews, then click the promising ones and continue them.</source>
        <translation>Faites le rendu des aperçus, puis cliquez sur les plus prometteurs et poursuivez-les.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed previews</source>
        <translation>Aperçus des graines</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model loaded: open a model first.</source>
        <translation>Aucun modèle chargé : ouvrez d’abord un modèle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot render: %1</source>
        <translation>Rendu impossible : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no parameters</source>
        <translation>pas de paramètres</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 steps · %3 · CFG %4 · %5×%6</source>
        <translation>« %1 » · %2 pas · %3 · CFG %4 · %5×%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s sampler</source>
        <translation>l’échantillonneur du modèle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering previews…</source>
        <translation>Rendu des aperçus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the running job to finish…</source>
        <translation>En attente de la fin de la tâche en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishing 1 seed…</source>
        <translation>Finition d’1 graine…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finishing %1 seeds…</source>
        <translation>Finition de %1 graines…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Interruption…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendering…</source>
        <translation>rendu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 of %2</source>
        <translation>pas %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing…</source>
        <translation>finition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 chosen</source>
        <translation>1 choisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 chosen</source>
        <translation>%1 choisies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finishing seed %1 · step %2 of %3</source>
        <translation>Finition de la graine %1 · pas %2 sur %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed %1 of %2 · step %3 of %4</source>
        <translation>Graine %1 sur %2 · pas %3 sur %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1 of %2 previewed</source>
        <translation>Aperçu de la graine %1 sur %2 fait</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved seed %1</source>
        <translation>Graine %1 enregistrée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 saved; continue again to finish the rest.</source>
        <translation>Interrompu (images enregistrées : %1) ; poursuivez à nouveau pour terminer le reste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 saved in the output folder and added to the gallery.</source>
        <translation>Terminé : images enregistrées dans le dossier de sortie et ajoutées à la galerie : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 previews rendered.</source>
        <translation>Interrompu : %1 aperçus sur %2 rendus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the promising ones, then Continue the chosen.</source>
        <translation>Cliquez sur les plus prometteuses, puis sur « Poursuivre les choisies ».</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: Pictures/Stipple</source>
        <translation>Par défaut : Images/Stipple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every result is saved, in one folder per day (YYYY-MM-DD).</source>
        <translation>Où chaque résultat est enregistré, dans un dossier par jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder</source>
        <translation>Dossier de &amp;sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for generation. Automatic uses one per physical core.</source>
        <translation>Threads CPU pour la génération. Automatique en utilise un par cœur physique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads</source>
        <translation>&amp;Threads CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (bfloat16 for large models where it is faster)</source>
        <translation>Automatique (bfloat16 pour les grands modèles quand il est plus rapide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (exact, more memory)</source>
        <translation>float32 (exact, plus de mémoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the memory)</source>
        <translation>bfloat16 (moitié moins de mémoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the model weights. Applies the next time a model is loaded.</source>
        <translation>Précision des poids du modèle. S’applique au prochain chargement d’un modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision</source>
        <translation>&amp;Précision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of Stipple&apos;s windows. Applies the next time Stipple starts.</source>
        <translation>La langue des fenêtres de Stipple. S’applique au prochain démarrage de Stipple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU (as diffusers and ComfyUI)</source>
        <translation>Processeur (comme diffusers et ComfyUI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (as AUTOMATIC1111 on NVIDIA)</source>
        <translation>Carte graphique (comme AUTOMATIC1111 sur NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the starting noise of a seed comes from. The same seed gives a different image with each: CPU matches diffusers and ComfyUI, GPU matches AUTOMATIC1111&apos;s default (computed here on the CPU, written as &quot;RNG: NV&quot;). An opened image uses its own.</source>
        <translation>D’où vient le bruit de départ d’une graine. La même graine donne une image différente avec chacune : processeur correspond à diffusers et ComfyUI, carte graphique au défaut d’AUTOMATIC1111 (calculé ici sur le processeur, écrit « RNG: NV »). Une image ouverte utilise la sienne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random numbers</source>
        <translation>Nombres aléatoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random numbers</source>
        <translation>&amp;Nombres aléatoires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTOMATIC1111: (word:1.2), BREAK, any length</source>
        <translation>AUTOMATIC1111 : (mot:1.2), BREAK, toute longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusers: text as written, cut at the limit</source>
        <translation>Diffusers : texte tel quel, coupé à la limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a prompt becomes what the model reads. AUTOMATIC1111&apos;s syntax weights words and reads long prompts in chunks; Diffusers passes the text as it is and ignores what is past the text encoder&apos;s limit.</source>
        <translation>Comment un prompt devient ce que lit le modèle. La syntaxe d’AUTOMATIC1111 pondère les mots et lit les longs prompts par blocs ; Diffusers transmet le texte tel quel et ignore ce qui dépasse la limite de l’encodeur de texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt syntax</source>
        <translation>Syntaxe du prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt s&amp;yntax</source>
        <translation>S&amp;yntaxe du prompt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model &amp;folders</source>
        <translation>&amp;Dossiers de modèles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Model folders</source>
        <translation>Dossiers de modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Folders the model library scans besides %1, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Dossiers que la bibliothèque de modèles parcourt en plus de %1, par exemple le dossier models d&apos;AUTOMATIC1111 (ses sous-dossiers Stable-diffusion, Lora, embeddings et VAE sont tous lus).</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SnrPlot</name>
    <message>
        <location filename="../ui/snr_plot.cpp" line="+49"/>
        <source>Noise schedule: ᾱ and SNR over t</source>
        <translation>Planification du bruit : ᾱ et SNR selon t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s noise schedule. Blue: the signal-to-noise ratio SNR = ᾱ/(1−ᾱ), log scale (left). Orange: ᾱ, the share of the image left at step t (right). Where SNR falls below 1, noise outweighs the image.</source>
        <translation>La planification du bruit du modèle. Bleu : le rapport signal sur bruit SNR = ᾱ/(1−ᾱ), échelle logarithmique (à gauche). Orange : ᾱ, la part de l’image qui reste au pas t (à droite). Là où le SNR passe sous 1, le bruit l’emporte sur l’image.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Load a model to see its noise schedule.</source>
        <translation>Chargez un modèle pour voir sa planification du bruit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR (log scale)</source>
        <translation>SNR (échelle log.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ᾱ (image left)</source>
        <translation>ᾱ (image restante)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR(%1) = 0</source>
        <translation>SNR(%1) = 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SNR = 1 at t = %1</source>
        <translation>SNR = 1 à t = %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>t = %1 · ᾱ = %2 · SNR = %3</source>
        <translation>t = %1 · ᾱ = %2 · SNR = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noise schedule of the model (T = %1)</source>
        <translation>Planification du bruit du modèle (T = %1)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SweepDialog</name>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>X axis</source>
        <translation>Axe X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis</source>
        <translation>Axe Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X axis values</source>
        <translation>Valeurs de l’axe X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis values</source>
        <translation>Valeurs de l’axe Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;model…</source>
        <translation>Ajouter un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model to the Model axis: a recent one, a .safetensors file or a diffusers folder. The sweep loads the models one at a time and puts yours back afterwards.</source>
        <translation>Ajouter un modèle à l’axe Modèle : un modèle récent, un fichier .safetensors ou un dossier diffusers. Le balayage charge les modèles un par un puis remet le vôtre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;X axis:</source>
        <translation>Axe &amp;X :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X &amp;values:</source>
        <translation>&amp;Valeurs X :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Y axis:</source>
        <translation>Axe &amp;Y :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y va&amp;lues:</source>
        <translation>Va&amp;leurs Y :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve grid…</source>
        <translation>&amp;Enregistrer la grille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use cell&apos;s parameters</source>
        <translation>&amp;Utiliser les paramètres de la case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open cell</source>
        <translation>&amp;Ouvrir la case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected cell&apos;s prompt, seed and settings into the main window.</source>
        <translation>Reporter le prompt, la graine et les réglages de la case sélectionnée dans la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep progress</source>
        <translation>Progression du balayage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep grid</source>
        <translation>Grille du balayage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading model %1 of %2: %3…</source>
        <translation>Chargement du modèle %1 sur %2 : %3…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sweep failed: %1</source>
        <translation>Le balayage a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 cells done.</source>
        <translation>Interrompu : %1 cases sur %2 terminées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 cells. Click a cell to select it, double-click to open it.</source>
        <translation>Terminé : %1 cases. Cliquez sur une case pour la sélectionner, double-cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 × %2 = %3 cells, %4 steps in all.</source>
        <translation>%1 × %2 = %3 cases, %4 pas en tout.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Model &amp;file…</source>
        <translation>&amp;Fichier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model f&amp;older…</source>
        <translation>D&amp;ossier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a diffusers model folder</source>
        <translation>Ajouter un dossier de modèle diffusers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the X values: a list or a range.</source>
        <translation>Indiquez les valeurs X : une liste ou un intervalle.</translation>
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
        <translation>Ouvrez d’abord un modèle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendering %1 cells…</source>
        <translation>Génération de %1 cases…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Sweep cell %1</source>
        <translation>Case %1 du balayage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use these parameters</source>
        <translation>&amp;Utiliser ces paramètres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finished cells to save.</source>
        <translation>Aucune case terminée à enregistrer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save sweep grid</source>
        <translation>Enregistrer la grille du balayage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TokenChipsView</name>
    <message>
        <location filename="../ui/token_chips.cpp" line="+87"/>
        <source>Chunk %1 · %2 of %3 tokens</source>
        <translation>Bloc %1 · %2 tokens sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>begins at BREAK</source>
        <translation>commence à BREAK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the words after its last comma moved on</source>
        <translation>les mots après sa dernière virgule sont passés au bloc suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest is padding</source>
        <translation>le reste est du remplissage</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>chunk %1, position %2</source>
        <translation>bloc %1, position %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding “%1”: vector %2 of %3 · weight %4 · %5</source>
        <translation>Embedding « %1 » : vecteur %2 sur %3 · poids %4 · %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” · id %2 · weight %3 · %4</source>
        <translation>« %1 » · id %2 · poids %3 · %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and 1 more token, not shown</source>
        <translation>… et 1 token de plus, non affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more tokens, not shown</source>
        <translation>… et %1 tokens de plus, non affichés</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train_dialog.cpp" line="+54"/>
        <source>Train a tiny model</source>
        <translation>Entraîner un tout petit modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each run makes a new model folder in here.</source>
        <translation>Chaque exécution crée ici un nouveau dossier de modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>Save tiny models in</source>
        <translation>Enregistrer les tout petits modèles dans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model to train</source>
        <translation>Modèle à entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: 6 colours, 3 shapes, 32×32 pixels (about 10 minutes)</source>
        <translation>Classe : 6 couleurs, 3 formes, 32×32 pixels (environ 10 minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small model of the built-in kind, trained from scratch on pictures Stipple draws: first its tokenizer and text encoder, then its VAE, then the denoising UNet.</source>
        <translation>Un petit modèle du même genre que le modèle intégré, entraîné à partir de zéro sur des images que Stipple dessine : d’abord son tokeniseur et son encodeur de texte, puis son VAE, puis l’UNet de débruitage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save in:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops after the current step; the model exported last stays usable.</source>
        <translation>S’arrête après le pas en cours ; le dernier modèle exporté reste utilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open as model</source>
        <translation>Ouvrir comme modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads the trained model in the main window, to generate with it.</source>
        <translation>Charge le modèle entraîné dans la fenêtre principale, pour générer avec lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start trains a new model from scratch. The loss and sample pictures appear as it learns.</source>
        <translation>« Démarrer » entraîne un nouveau modèle à partir de zéro. La perte et les images d’exemple s’affichent pendant qu’il apprend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tokenizer</source>
        <translation>tokeniseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text encoder</source>
        <translation>encodeur de texte</translation>
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
        <translation>diffusion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample pictures</source>
        <translation>Images d’exemple</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Samples (the same prompts and seed as it trains)</source>
        <translation>Exemples (les mêmes prompts et la même graine pendant l’entraînement)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot make the folder &apos;%1&apos;: choose another one.</source>
        <translation>Impossible de créer le dossier « %1 » : choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The app is shutting down.</source>
        <translation>L’application se ferme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the running job to finish…</source>
        <translation>En attente de la fin de la tâche en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: making the tokenizer…</source>
        <translation>Démarrage : création du tokeniseur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après le pas en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening %1 in the main window.</source>
        <translation>Ouverture de %1 dans la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the dialog was closed.</source>
        <translation>Arrêté : la boîte de dialogue a été fermée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tokenizer</source>
        <translation>Tokeniseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>Encodeur de texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the tokenizer from generated captions…</source>
        <translation>Création du tokeniseur à partir de légendes générées…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 step %2/%3 · loss %4 · %5 elapsed · about %6 left</source>
        <translation>%1 pas %2/%3 · perte %4 · %5 écoulé · encore environ %6</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered in %1 s with %2 sampler steps</source>
        <translation>Rendu en %1 s avec %2 pas d’échantillonneur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Training failed: %1</source>
        <translation>L’entraînement a échoué : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1 diffusion steps in %2 (samples took %3 s). The model is in %4.</source>
        <translation>Terminé : %1 pas de diffusion en %2 (les exemples ont pris %3 s). Le modèle est dans %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped at diffusion step %1. The model exported last is in %2.</source>
        <translation>Arrêté au pas de diffusion %1. Le dernier modèle exporté est dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first model was exported: there is nothing to open yet.</source>
        <translation>Arrêté avant l’export du premier modèle : il n’y a encore rien à ouvrir.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::UpscaleDialog</name>
    <message>
        <location filename="../ui/upscale_dialog.cpp" line="+30"/>
        <source>Upscale %1</source>
        <translation>Agrandir %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaler</source>
        <translation>Agrandisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanczos and Nearest resample the pixels. ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail.</source>
        <translation>Lanczos et Nearest rééchantillonnent les pixels. Les modèles ESRGAN et Real-ESRGAN (.safetensors dans models/ESRGAN, models/RealESRGAN ou models/upscale_models) dessinent de nouveaux détails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upscale by</source>
        <translation>Agrandir de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each side is multiplied by this, then rounded down to a multiple of 8 (as AUTOMATIC1111 does).</source>
        <translation>Chaque côté est multiplié par ce nombre puis arrondi au multiple de 8 inférieur (comme dans AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upscaler:</source>
        <translation>&amp;Agrandisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Facteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upscale</source>
        <translation>A&amp;grandir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking for upscaler models in the library folders…</source>
        <translation>Recherche de modèles d’agrandissement dans les dossiers de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upscaler models found. Put ESRGAN or Real-ESRGAN .safetensors files in models/ESRGAN to use them here.</source>
        <translation>Aucun modèle d’agrandissement trouvé. Placez des fichiers .safetensors ESRGAN ou Real-ESRGAN dans models/ESRGAN pour les utiliser ici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: refused, %2</source>
        <translation>%1 : refusé, %2</translation>
    </message>
</context>
</TS>
