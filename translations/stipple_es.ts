<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NoisingTask</name>
    <message>
        <location filename="../ui/noising_task.cpp" line="+29"/>
        <source>Forward noising, t = %1</source>
        <translation>Adición de ruido, t = %1</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+78"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Longitud del prompt en tokens y cuántos lee el codificador de texto del modelo. Las palabras que pasan de ahí se ignoran; una nota bajo el prompt dice cuáles.</translation>
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
        <translation>No se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the history table in %1: %2</source>
        <translation>No se puede crear la tabla del historial en %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>No se puede actualizar la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+42"/>
        <source>e.g. 1-8 or 42, 1234, 99</source>
        <translation>p. ej., 1-8 o 42, 1234, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1-96:5 (every 5th from 1 to 96) or 10, 20, 30</source>
        <translation>p. ej., 1-96:5 (uno de cada 5 del 1 al 96) o 10, 20, 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2-20:3 or 3.5, 7, 12</source>
        <translation>p. ej., 2-20:3 o 3.5, 7, 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</source>
        <translation>p. ej., &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one prompt per line</source>
        <translation>un prompt por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one negative prompt per line</source>
        <translation>un prompt negativo por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 512x512, 768x512</source>
        <translation>p. ej., 512x512, 768x512</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one model file or folder per line (Add model…)</source>
        <translation>un archivo o carpeta de modelo por línea (Añadir modelo…)</translation>
    </message>
    <message>
        <location filename="../ui/checkpoint_import.cpp" line="+39"/>
        <source>Out of memory while converting %1.</source>
        <translation>Memoria insuficiente al convertir %1.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="+125"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A different file named %1 is already in %2; rename one of them.</source>
        <translation>Ya hay otro archivo llamado %1 en %2; cambia el nombre de uno de ellos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy %1 into %2 (is the disk full?)</source>
        <translation>No se puede copiar %1 en %2 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into %2</source>
        <translation>No se puede copiar %1 en %2</translation>
    </message>
</context>
<context>
    <name>SamplerCatalog</name>
    <message>
        <location filename="../core/schedulers/scheduler_registry.cpp" line="+44"/>
        <source>Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.</source>
        <translation>Euler ancestral: añade ruido nuevo en cada paso. Creativo y rápido, pero la imagen cambia con el número de pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euler: the simplest deterministic sampler. Good quality at 20-30 steps.</source>
        <translation>Euler: el muestreador determinista más sencillo. Buena calidad con 20-30 pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.</source>
        <translation>Linear multistep: reutiliza los pasos anteriores para ganar precisión. Puede ser inestable con muy pocos pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heun: a second-order method, two model calls per step. High quality, twice as slow.</source>
        <translation>Heun: un método de segundo orden, dos llamadas al modelo por paso. Alta calidad, el doble de lento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM2: a second-order DPM-Solver, two model calls per step.</source>
        <translation>DPM2: un DPM-Solver de segundo orden, dos llamadas al modelo por paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.</source>
        <translation>DPM++ 2M: un solucionador multipaso rápido de segundo orden. Calidad excelente en 20-30 pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.</source>
        <translation>DPM++ 2M SDE: la variante estocástica de DPM++ 2M; añade ruido, más detalle y variedad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DDIM: the classic deterministic sampler from the original Stable Diffusion release.</source>
        <translation>DDIM: el muestreador determinista clásico de la versión original de Stable Diffusion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.</source>
        <translation>PLMS (PNDM): pseudo linear multistep, el predeterminado de la versión original de SD 1.x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UniPC: a predictor-corrector solver that converges in very few steps (10-20).</source>
        <translation>UniPC: un solucionador predictor-corrector que converge en muy pocos pasos (10-20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.</source>
        <translation>LCM: solo para modelos de consistencia latente; 2-8 pasos y CFG en torno a 1-2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDPM: the original ancestral sampler; needs many steps (100+).</source>
        <translation>DDPM: el muestreador ancestral original; necesita muchos pasos (100 o más).</translation>
    </message>
    <message>
        <location filename="../ui/sampler_catalog.cpp" line="+22"/>
        <source>Sampler %1.</source>
        <translation>Muestreador %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Karras schedule: smaller noise steps near the end, usually cleaner details.</source>
        <translation>Programa Karras: pasos de ruido más pequeños al final; normalmente, detalles más limpios.</translation>
    </message>
</context>
<context>
    <name>SeedTriageTask</name>
    <message>
        <location filename="../ui/seed_triage_task.cpp" line="+83"/>
        <source>Seed triage: finishing 1 seed</source>
        <translation>Criba de semillas: terminando 1 semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: finishing %1 seeds</source>
        <translation>Criba de semillas: terminando %1 semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: 1 seed</source>
        <translation>Criba de semillas: 1 semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: %1 seeds</source>
        <translation>Criba de semillas: %1 semillas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model changed since the previews were rendered: render them again.</source>
        <translation>El modelo ha cambiado desde que se renderizaron las vistas previas: vuelve a renderizarlas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No previews to continue from: render them first.</source>
        <translation>No hay vistas previas desde las que continuar: renderízalas primero.</translation>
    </message>
</context>
<context>
    <name>SweepAxis</name>
    <message>
        <location filename="../ui/sweep_axis_titles.cpp" line="+10"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG scale</source>
        <translation>Escala de guía (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation seed</source>
        <translation>Semilla de variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation strength</source>
        <translation>Intensidad de variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../ui/timeline_export.cpp" line="+53"/>
        <source>There is no timeline to save yet: generate an image first.</source>
        <translation>No hay ninguna línea de tiempo que guardar todavía: genera primero una imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file name ending in .gif (animated GIF) or .mp4 (video).</source>
        <translation>Elige un nombre de archivo terminado en .gif (GIF animado) o .mp4 (vídeo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as MPEG-4 Part 2: this system&apos;s OpenCV has no H.264 encoder, so browsers and slide software may not play it. GIF plays everywhere.</source>
        <translation>Guardado como MPEG-4 Part 2: el OpenCV de este sistema no tiene codificador H.264, así que los navegadores y programas de presentaciones quizá no lo reproduzcan. El GIF funciona en todas partes.</translation>
    </message>
</context>
<context>
    <name>TrainTask</name>
    <message>
        <location filename="../ui/train_task.cpp" line="+19"/>
        <source>Training a tiny model</source>
        <translation>Entrenando un modelo diminuto</translation>
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
        <translation>Uso: stipple [opciones]
Stipple %1: un estudio de escritorio para difusión de texto a imagen.

Opciones:
  --model RUTA    abrir un modelo (carpeta de diffusers o checkpoint .safetensors)
  --threads N     hilos de CPU para generar (predeterminado: número de núcleos físicos)
  --lang CÓDIGO   idioma de la interfaz: en, de, fr, es o zh_CN (predeterminado: el del sistema)
  --version       mostrar &quot;stipple &lt;versión&gt;&quot; y salir
  --help          mostrar esta ayuda y salir

Entorno: STIPPLE_OUTPUT_DIR (dónde se guardan las imágenes), STIPPLE_DATA_DIR (historial, ajustes).
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open the model at PATH.</source>
        <translation>Abrir el modelo en PATH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads (default: cores).</source>
        <translation>Hilos de CPU (predeterminado: núcleos).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language: en, de, fr, es or zh_CN.</source>
        <translation>Idioma de la interfaz: en, de, fr, es o zh_CN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (see --help)</source>
        <translation>%1 (consulte --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threads needs a positive integer, got &quot;%1&quot;</source>
        <translation>--threads necesita un entero positivo; se recibió «%1»</translation>
    </message>
</context>
<context>
    <name>stipple::ui</name>
    <message>
        <location filename="../ui/lockstep_captions.cpp" line="+34"/>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG %1</source>
        <translation>CFG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s sampler</source>
        <translation>muestreador del modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown settings (no parameters in the image)</source>
        <translation>Ajustes desconocidos (la imagen no tiene parámetros)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Prompt: only the shared words</source>
        <translation>Prompt: solo las palabras comunes</translation>
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
        <translation>Un estudio de escritorio para difusión de texto a imagen: escribe un prompt y mira cómo la imagen surge del ruido, paso a paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model, prompt, seed, sampler and steps: the same image as Hugging Face diffusers.</source>
        <translation>Mismo modelo, prompt, semilla, muestreador y pasos: la misma imagen que con Hugging Face diffusers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compiler</source>
        <translation>Compilador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (physical cores: %2)</source>
        <translation>%1 (núcleos físicos: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory layout</source>
        <translation>Disposición en memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured when a full-size model is first loaded, then remembered</source>
        <translation>se mide la primera vez que se carga un modelo de tamaño completo y luego se recuerda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Cálculo de la atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix products (this CPU has neither AVX2 nor AVX-512)</source>
        <translation>productos de matrices (esta CPU no tiene AVX2 ni AVX-512)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Windows, widgets, settings, history database</source>
        <translation>Ventanas, controles, ajustes, base de datos del historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensors and neural-network maths</source>
        <translation>Tensores y cálculo de redes neuronales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast matrix multiplication on the CPU</source>
        <translation>Multiplicación de matrices rápida en la CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files, resizing, colour conversion</source>
        <translation>Archivos de imagen, cambio de tamaño, conversión de color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer of the built-in model</source>
        <translation>Tokenizador del modelo integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading model configuration files</source>
        <translation>Lectura de los archivos de configuración del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode text handling for the CLIP tokenizer</source>
        <translation>Tratamiento de texto Unicode para el tokenizador CLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 model hashes</source>
        <translation>Hashes SHA-256 de los modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG text chunks</source>
        <translation>Bloques de texto de los PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History database (through Qt SQL)</source>
        <translation>Base de datos del historial (a través de Qt SQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading prompts for single-file Stable Diffusion checkpoints (shipped with Stipple)</source>
        <translation>Leer los prompts de checkpoints de Stable Diffusion de un solo archivo (incluido con Stipple)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharper live previews, when its weights sit beside a model</source>
        <translation>Vistas previas en directo más nítidas, cuando sus pesos están junto a un modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stipple is free software under the MIT license: you may use, copy, change and share it, also commercially, as long as the copyright notice and the license text below go with it (the Debian package keeps them in /usr/share/doc/stipple/copyright).</source>
        <translation>Stipple es software libre bajo la licencia MIT: puedes usarlo, copiarlo, modificarlo y compartirlo, también con fines comerciales, siempre que lo acompañen el aviso de copyright y el texto de la licencia que aparece abajo (el paquete Debian los guarda en /usr/share/doc/stipple/copyright).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trained by the Stipple project from scratch on synthetic pictures of coloured shapes drawn by Stipple itself (no photographs, no scraped images). Its weights are distributed under the MIT license, like Stipple&apos;s code.</source>
        <translation>Entrenado desde cero por el proyecto Stipple con imágenes sintéticas de formas de colores dibujadas por el propio Stipple (sin fotografías ni imágenes recopiladas de internet). Sus pesos se distribuyen bajo la licencia MIT, como el código de Stipple.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built-in model “Stipple Shapes”</source>
        <translation>Modelo integrado «Stipple Shapes»</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>matrix products; a fused kernel (%1) on request (--attention fused)</source>
        <translation>productos de matrices; un núcleo fusionado (%1) a petición (--attention fused)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models you open yourself (Stable Diffusion and others) come with their own licenses; read them before sharing what you make.</source>
        <translation>Los modelos que abras tú mismo (Stable Diffusion y otros) tienen sus propias licencias; léelas antes de compartir lo que crees.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stipple&apos;s license (MIT)</source>
        <translation>Licencia de Stipple (MIT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>About Stipple</source>
        <translation>Acerca de Stipple</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stipple logo</source>
        <translation>Logotipo de Stipple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Licencias</translation>
    </message>
</context>
<context>
    <name>stipple::ui::CompareDialog</name>
    <message>
        <location filename="../ui/compare_dialog.cpp" line="+18"/>
        <source>Compare %1 images</source>
        <translation>Comparar %1 imágenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Ampliación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All images use the same zoom and scroll together.</source>
        <translation>Todas las imágenes usan el mismo zoom y se desplazan a la vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 of %2</source>
        <translation>Imagen %1 de %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read this image</source>
        <translation>No se puede leer esta imagen</translation>
    </message>
</context>
<context>
    <name>stipple::ui::DivergingLegend</name>
    <message>
        <location filename="../ui/diverging_legend.cpp" line="+16"/>
        <source>Red: the prompt makes this part brighter than the negative prompt does; blue: darker; near white: the same. Amplified per step so the strongest differences reach full colour.</source>
        <translation>Rojo: el prompt hace esta zona más clara que el prompt negativo; azul: más oscura; casi blanco: igual. Amplificado en cada paso para que las diferencias más fuertes lleguen al color pleno.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>darker with the prompt</source>
        <translation>más oscuro con el prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brighter</source>
        <translation>más claro</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ErrorBanner</name>
    <message>
        <location filename="../ui/error_banner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>stipple::ui::FaceDetailPanel</name>
    <message>
        <location filename="../ui/face_detail_panel.cpp" line="+22"/>
        <source>Face deta&amp;iler</source>
        <translation>Detallador de &amp;caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detailer</source>
        <translation>Detallador de caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the image is made, every face found in it is redrawn at the full image size and pasted back: small faces get their eyes and mouths right (the ADetailer approach). Or a face restoration model file (GFPGAN or CodeFormer) restores them instead.</source>
        <translation>Hecha la imagen, cada cara encontrada en ella se vuelve a dibujar al tamaño completo de la imagen y se pega de nuevo: las caras pequeñas tienen ojos y bocas correctos (el enfoque de ADetailer). O bien un archivo de modelo de restauración (GFPGAN o CodeFormer) las restaura en su lugar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redraw with the model (ADetailer)</source>
        <translation>Redibujar con el modelo (ADetailer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is drawn again by the loaded model, at the full image size, with the face prompt.</source>
        <translation>El modelo cargado vuelve a dibujar cada cara, al tamaño completo de la imagen, con el prompt de la cara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore with a model file (GFPGAN/CodeFormer ONNX)…</source>
        <translation>Restaurar con un archivo de modelo (GFPGAN/CodeFormer ONNX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is restored by a GFPGAN or CodeFormer network you have as an .onnx file (AUTOMATIC1111&apos;s &quot;Restore faces&quot;). No diffusion steps: quick, but the face keeps the network&apos;s look.</source>
        <translation>Cada cara la restaura una red GFPGAN o CodeFormer que tenga como archivo .onnx («Restore faces» de AUTOMATIC1111). Sin pasos de difusión: rápido, pero la cara toma el estilo de la red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image&apos;s prompt</source>
        <translation>el prompt de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the faces should look like, e.g. &quot;a smiling face, detailed eyes&quot;; empty uses the image&apos;s own prompt.</source>
        <translation>Cómo deben ser las caras, p. ej. «a smiling face, detailed eyes»; vacío usa el prompt de la imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face prompt</source>
        <translation>Prompt de caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;ce prompt</source>
        <translation>Prompt de &amp;caras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one.</source>
        <translation>Cuánto de cada cara se redibuja: 0,3 conserva la cara, 0,6 dibuja una nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face denoising strength</source>
        <translation>Fuerza de eliminación de ruido de las caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face stren&amp;gth</source>
        <translation>&amp;Fuerza (caras)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a GFPGAN or CodeFormer .onnx file</source>
        <translation>un archivo .onnx de GFPGAN o CodeFormer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The face restoration network as an ONNX file: GFPGAN (one 512x512 input) or CodeFormer (that and a fidelity weight).</source>
        <translation>La red de restauración de caras como archivo ONNX: GFPGAN (una entrada de 512x512) o CodeFormer (esa y un peso de fidelidad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration model file</source>
        <translation>Archivo del modelo de restauración de caras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the face restoration model file</source>
        <translation>Elegir el archivo del modelo de restauración de caras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model file</source>
        <translation>Archivo del &amp;modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each restored face is blended in: 1 = all of it, 0.5 = half restored, half as drawn (AUTOMATIC1111&apos;s &quot;GFPGAN visibility&quot; / &quot;CodeFormer visibility&quot;).</source>
        <translation>Cuánto de cada cara restaurada se mezcla: 1 = todo, 0,5 = mitad restaurada, mitad como se dibujó («GFPGAN visibility» / «CodeFormer visibility» de AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration visibility</source>
        <translation>Visibilidad de la restauración de caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CodeFormer only: 0 = the strongest restoration, 1 = closest to the face as drawn (AUTOMATIC1111&apos;s &quot;CodeFormer weight&quot;).</source>
        <translation>Solo CodeFormer: 0 = la restauración más fuerte, 1 = lo más cercano a la cara dibujada («CodeFormer weight» de AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CodeFormer weight</source>
        <translation>Peso de CodeFormer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeFormer &amp;weight</source>
        <translation>&amp;Peso de CodeFormer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Face restoration model</source>
        <translation>Modelo de restauración de caras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>Modelos ONNX (*.onnx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Face restoration: choose a GFPGAN or CodeFormer .onnx model file, or redraw the faces with the model.</source>
        <translation>Restauración de caras: elija un archivo de modelo .onnx de GFPGAN o CodeFormer, o vuelva a dibujar las caras con el modelo.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery_model.cpp" line="+15"/>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
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
        <translation>Semilla %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery_view.cpp" line="+36"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected images</source>
        <translation>Comparar las imágenes seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 images (Ctrl+click) to see them side by side at the same zoom.</source>
        <translation>Selecciona de 2 a 4 imágenes (Ctrl+clic) para verlas lado a lado con el mismo zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search prompts, model:, sampler:, seed:, date:</source>
        <translation>Buscar en prompts, model:, sampler:, seed:, date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words find images whose prompt has them. Also: model:name, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (or just the number), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</source>
        <translation>Las palabras encuentran las imágenes cuyo prompt las contiene. También: model:nombre, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (o solo el número), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show images by rating</source>
        <translation>Mostrar imágenes por valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected</source>
        <translation>No rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ and up</source>
        <translation>★ o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★ and up</source>
        <translation>★★★ o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★★★ only</source>
        <translation>Solo ★★★★★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected only</source>
        <translation>Solo rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the gallery has focus: 1–5 rate the selected images, 0 clears, X rejects, arrows move.</source>
        <translation>Con la galería activa: 1–5 valoran las imágenes seleccionadas, 0 borra la valoración, X rechaza, las flechas mueven la selección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the gallery</source>
        <translation>Orden de la galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>Mejor valoradas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery summary</source>
        <translation>Resumen de la galería</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not store the rating: %1</source>
        <translation>No se pudo guardar la valoración: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rejected</source>
        <translation>%1 imágenes rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating cleared</source>
        <translation>Valoración borrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating cleared on %1 images</source>
        <translation>Valoración borrada en %1 imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated %1 of 5</source>
        <translation>Valorada con %1 de 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rated %2 of 5</source>
        <translation>%1 imágenes valoradas con %2 de 5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gallery — %1 found, %2 selected</source>
        <translation>Galería — %1 encontradas, %2 seleccionadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 found</source>
        <translation>Galería — %1 encontradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery — %1 images, %2 selected</source>
        <translation>Galería — %1 imágenes, %2 seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery — 1 image</source>
        <translation>Galería — 1 imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 images</source>
        <translation>Galería — %1 imágenes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reuse seed</source>
        <translation>Reutilizar la semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image&apos;s seed into the seed field and lock it.</source>
        <translation>Poner la semilla de esta imagen en el campo de semilla y fijarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse all parameters</source>
        <translation>Reutilizar todos los parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy parameters</source>
        <translation>Copiar los parámetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale…</source>
        <translation>Ampliar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge this image with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Ampliar esta imagen con Lanczos o un modelo ESRGAN en una imagen nueva, conservando sus parámetros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare selected (%1)</source>
        <translation>Comparar la selección (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare step by step (%1)</source>
        <translation>Comparar paso a paso (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected runs side by side on one step scrubber, from their stored step timelines.</source>
        <translation>Reproducir las ejecuciones seleccionadas lado a lado con un único control de pasos, a partir de sus líneas de tiempo de pasos guardadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 images</source>
        <translation>Eliminar %1 imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters copied to the clipboard.</source>
        <translation>Parámetros copiados al portapapeles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save image as</source>
        <translation>Guardar la imagen como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GenerationWorker</name>
    <message>
        <location filename="../ui/generation_worker.cpp" line="+274"/>
        <source>Out of memory while loading %1. Close other programs or choose bf16 in Settings.</source>
        <translation>Memoria insuficiente al cargar %1. Cierra otros programas o elige bf16 en Ajustes.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Out of memory: try a smaller size, fewer images or bf16 in Settings.</source>
        <translation>Memoria insuficiente: prueba un tamaño menor, menos imágenes o bf16 en Ajustes.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceRunTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+71"/>
        <source>Guidance view: %1 steps</source>
        <translation>Vista de la guía: %1 pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1.</source>
        <translation>Con una guía de %1 no se hace ninguna pasada con el prompt negativo, así que no hay nada que comparar: sube la escala de guía por encima de 1.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceView</name>
    <message>
        <location filename="../ui/guidance_view.cpp" line="+47"/>
        <source>Guidance view</source>
        <translation>Vista de la guía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt: %1
Negative prompt: %2
Seed %3 · %4 steps · %5 · guidance %6</source>
        <translation>Prompt: %1
Prompt negativo: %2
Semilla %3 · %4 pasos · %5 · guía %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the same generation again (the window&apos;s parameters when this view opened).</source>
        <translation>Ejecutar otra vez la misma generación (con los parámetros de la ventana al abrir esta vista).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the first step…</source>
        <translation>Esperando el primer paso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the model expects the finished image to look like, judged from the prompt alone.</source>
        <translation>Cómo espera el modelo que sea la imagen terminada, a juzgar solo por el prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same estimate from the negative prompt alone (the empty prompt when there is none).</source>
        <translation>La misma estimación solo con el prompt negativo (el prompt vacío si no hay ninguno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the two estimates differ: what the prompt adds. Guidance pushes the image this way, times the scale.</source>
        <translation>Donde las dos estimaciones difieren: lo que añade el prompt. La guía empuja la imagen en esa dirección, multiplicada por la escala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative + scale × (prompt − negative): the estimate the sampler steps towards.</source>
        <translation>negativo + escala × (prompt − negativo): la estimación hacia la que avanza el muestreador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the empty prompt</source>
        <translation>Con el prompt vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the negative prompt</source>
        <translation>Con el prompt negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the prompt</source>
        <translation>Con el prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (prompt − negative)</source>
        <translation>Diferencia (prompt − negativo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go through the stored steps: no computation, every step is kept.</source>
        <translation>Recorrer los pasos guardados: sin cálculo, se conserva cada paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Step %1 of %2 (t = %3)</source>
        <translation>Paso %1 de %2 (t = %3)</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Guidance scale</source>
        <translation>Escala de guía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-guide the step shown at another scale from its two stored estimates, without running the model again. Available once the run has finished.</source>
        <translation>Volver a guiar el paso mostrado con otra escala a partir de sus dos estimaciones guardadas, sin ejecutar de nuevo el modelo. Disponible cuando termine la ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+223"/>
        <source>Guidance %1</source>
        <translation>Guía %1</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+28"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1 in the main window and open this view again.</source>
        <translation>Con una guía de %1 no se hace ninguna pasada con el prompt negativo, así que no hay nada que comparar: sube la escala de guía por encima de 1 en la ventana principal y vuelve a abrir esta vista.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the running job…</source>
        <translation>Esperando al trabajo en curso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decoding…</source>
        <translation>Decodificando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2 · about %3 s left</source>
        <translation>Paso %1 de %2 · quedan unos %3 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aborted after 1 step: the step so far stays to look at.</source>
        <translation>Interrumpido tras 1 paso: el paso hecho sigue disponible para verlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps: the steps so far stay to look at.</source>
        <translation>Interrumpido tras %1 pasos: los pasos hechos siguen disponibles para verlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: 1 step stored.</source>
        <translation>Terminado en %1 s: 1 paso guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps stored.</source>
        <translation>Terminado en %1 s: %2 pasos guardados.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Guided at %1 (decoding…)</source>
        <translation>Guiado con %1 (decodificando…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step yet</source>
        <translation>Aún no hay pasos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided at %1 (the run&apos;s)</source>
        <translation>Guiado con %1 (la de la ejecución)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-guided at %1</source>
        <translation>Guiado de nuevo con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided = negative + %1 × (prompt − negative). At 1 the prompt&apos;s estimate alone, at 0 the negative&apos;s; above 1 the difference is exaggerated. Re-guiding uses the two stored estimates: the model does not run again.</source>
        <translation>guiado = negativo + %1 × (prompt − negativo). Con 1, solo la estimación del prompt; con 0, la del negativo; por encima de 1 la diferencia se exagera. Volver a guiar usa las dos estimaciones guardadas: el modelo no se vuelve a ejecutar.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="+14"/>
        <location line="+89"/>
        <location line="+4"/>
        <source>How diffusion works</source>
        <translation>Cómo funciona la difusión</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A diffusion model has learned one skill: looking at a noisy picture and guessing which noise to remove. To make a new image, Stipple starts from pure random noise and lets the model remove a little of it, again and again, until a clean picture is left.</source>
        <translation>Un modelo de difusión ha aprendido una sola habilidad: mirar una imagen con ruido y adivinar qué ruido quitar. Para crear una imagen nueva, Stipple parte de ruido aleatorio puro y deja que el modelo quite un poco, una y otra vez, hasta que queda una imagen limpia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the preview shows</source>
        <translation>Qué muestra la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every step the model estimates what the finished image will look like. This guess is called the x₀ estimate (“x zero”), and it is what the live preview shows by default. Early guesses are blurry blobs of colour; with each step the shapes settle and the details sharpen.</source>
        <translation>En cada paso, el modelo estima cómo será la imagen terminada. Esa suposición se llama estimación x₀ («x cero») y es lo que muestra por defecto la vista previa en directo. Las primeras estimaciones son manchas de color borrosas; con cada paso las formas se asientan y los detalles se vuelven nítidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Noisy latent (xₜ)” above the preview to see what the sampler actually works on instead: the current picture with its remaining noise. It starts as static and slowly clears up.</source>
        <translation>Elige «Latente con ruido (xₜ)» encima de la vista previa para ver, en cambio, aquello sobre lo que trabaja de verdad el muestreador: la imagen actual con el ruido que le queda. Empieza como estática de televisión y se aclara poco a poco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model does not paint pixels directly. It works on a small “latent” picture, 8 times smaller on each side, with 4 channels instead of red, green and blue. The VAE decoder turns the final latent into the full-size image; the fast preview uses a cheap approximation of it.</source>
        <translation>El modelo no pinta píxeles directamente. Trabaja sobre una pequeña imagen «latente», 8 veces más pequeña por cada lado, con 4 canales en lugar de rojo, verde y azul. El decodificador VAE convierte el latente final en la imagen a tamaño completo; la vista previa rápida usa una aproximación barata de él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt and negative prompt</source>
        <translation>Prompt y prompt negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text encoder turns your prompt into numbers the model understands. At every step the model predicts the noise twice: once with your prompt and once with the negative prompt (or with no text at all). Stipple then pushes the image away from the second prediction and towards the first.</source>
        <translation>El codificador de texto convierte tu prompt en números que el modelo entiende. En cada paso, el modelo predice el ruido dos veces: una con tu prompt y otra con el prompt negativo (o sin ningún texto). Luego Stipple aleja la imagen de la segunda predicción y la acerca a la primera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale (CFG)</source>
        <translation>Escala de guía (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guidance scale says how hard that push is. Around 7 is typical. Low values give looser, more natural images that may ignore parts of the prompt; high values follow the words more literally but colours become harsh and details burnt. At 1 or below, guidance is off and the negative prompt is not used.</source>
        <translation>La escala de guía indica la fuerza de ese empuje. Lo habitual es alrededor de 7. Los valores bajos dan imágenes más libres y naturales que pueden ignorar partes del prompt; los altos siguen las palabras más al pie de la letra, pero los colores se vuelven estridentes y los detalles quemados. Con 1 o menos, la guía se desactiva y el prompt negativo no se usa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps is how many times the model is asked to remove noise. More steps take longer and usually add fine detail, but after 20–30 steps most samplers change little. Try the same seed with 5, 10 and 30 steps and compare.</source>
        <translation>Los pasos indican cuántas veces se le pide al modelo que quite ruido. Más pasos tardan más y suelen añadir detalle fino, pero después de 20-30 pasos la mayoría de los muestreadores cambian poco. Prueba la misma semilla con 5, 10 y 30 pasos y compara.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed picks the starting noise. The same seed with the same settings gives exactly the same image, so a class can reproduce each other&apos;s pictures. Change only the seed to get a different composition of the same prompt.</source>
        <translation>La semilla elige el ruido inicial. La misma semilla con los mismos ajustes da exactamente la misma imagen, así que una clase puede reproducir las imágenes de los demás. Cambia solo la semilla para obtener otra composición del mismo prompt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samplers and schedules</source>
        <translation>Muestreadores y programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampler (also called scheduler) decides how big each denoising step is and how the model&apos;s prediction is used. Euler and DDIM are simple and predictable; DPM++ 2M reaches good quality in few steps; “ancestral” samplers such as Euler a add fresh noise at every step, so the picture keeps changing. “Karras” schedules take smaller steps near the end, which often cleans up details.</source>
        <translation>El muestreador (también llamado programador o scheduler) decide el tamaño de cada paso de eliminación de ruido y cómo se usa la predicción del modelo. Euler y DDIM son sencillos y predecibles; DPM++ 2M logra buena calidad en pocos pasos; los muestreadores «ancestrales» como Euler a añaden ruido nuevo en cada paso, así que la imagen sigue cambiando. Los programas «Karras» dan pasos más pequeños al final, lo que suele limpiar los detalles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try this in class</source>
        <translation>Para probar en clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a fixed seed, then drag the timeline slider under the preview to replay every step. Change one setting at a time — steps, guidance scale or sampler — and compare the results side by side with the gallery&apos;s Compare button.</source>
        <translation>Genera con una semilla fija y luego arrastra el control de la línea de tiempo bajo la vista previa para repetir cada paso. Cambia un solo ajuste cada vez —pasos, escala de guía o muestreador— y compara los resultados lado a lado con el botón Comparar de la galería.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A 45-minute lesson: a guided tour</source>
        <translation>Una clase de 45 minutos: visita guiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Classroom menu holds one view for each idea below. Work through them in this order with the built-in model (it answers in a fraction of a second); every view also works with a full-size model, only slower. Ask the question first, let the class predict, then reveal.</source>
        <translation>El menú «Aula» tiene una vista para cada idea de abajo. Recórrelas en este orden con el modelo integrado (responde en una fracción de segundo); todas funcionan también con un modelo de tamaño completo, solo que más despacio. Haz primero la pregunta, deja que la clase prediga y luego revela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0–5 min</source>
        <translation>minutos 0–5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter view (F11)</source>
        <translation>Vista de presentación (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the presenter view: large preview, the few controls that matter and the pipeline strip (prompt → tokens → text encoder → UNet × steps → VAE → image), which lights up the stage that is running. Turn on “hide the result until the end”, type a prompt the class suggests and ask what will appear.</source>
        <translation>Cambia a la vista de presentación: vista previa grande, los pocos controles que importan y la franja del proceso (prompt → tokens → codificador de texto → UNet × pasos → VAE → imagen), que ilumina la etapa en curso. Activa «Ocultar el resultado hasta el final», escribe un prompt que proponga la clase y pregunta qué aparecerá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5–10 min</source>
        <translation>minutos 5–10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt as tokens</source>
        <translation>El prompt como tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt as token chips: the model never sees words, only these numbers. Point out where a long prompt is cut into 75-token chunks and how a weight such as (red:1.4) changes one chip.</source>
        <translation>Muestra el prompt como fichas de tokens: el modelo nunca ve palabras, solo estos números. Señala dónde se corta un prompt largo en bloques de 75 tokens y cómo un peso como (red:1.4) cambia una ficha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–18 min</source>
        <translation>minutos 10–18</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward noising</source>
        <translation>Adición de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a picture and drag t from 0 to the end: this is how training images are destroyed. Ask first: “at what timestep does the signal-to-noise ratio fall below 1?” — then read it off the marked crossing of the SNR curve.</source>
        <translation>Elige una imagen y arrastra t de 0 hasta el final: así se destruyen las imágenes de entrenamiento. Pregunta primero: «¿en qué paso de tiempo cae la relación señal-ruido por debajo de 1?» y luego léelo en el cruce marcado de la curva de SNR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18–25 min</source>
        <translation>minutos 18–25</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The denoising timeline</source>
        <translation>La línea de tiempo de la eliminación de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate, then drag the timeline under the preview back to step 1 and replay. The SNR plot under it shows where each sampler step sits on the noise schedule: big jumps early, small ones late.</source>
        <translation>Genera y luego arrastra la línea de tiempo bajo la vista previa hasta el paso 1 y reprodúcela. El gráfico de SNR de debajo muestra dónde cae cada paso del muestreador en el programa de ruido: saltos grandes al principio, pequeños al final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25–32 min</source>
        <translation>minutos 25–32</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guidance view</source>
        <translation>Vista de la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the guidance view: side by side, what the model predicts with the prompt, without it, their difference and the guided result. Move the guidance slider from 1 to 7.5 to 15 on the same step — no new computation is needed, guidance is only this difference scaled.</source>
        <translation>Abre la vista de la guía: lado a lado, lo que el modelo predice con el prompt, sin él, su diferencia y el resultado guiado. Mueve el control de guía de 1 a 7,5 y a 15 en el mismo paso: no hace falta calcular nada nuevo, la guía es solo esa diferencia escalada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>32–38 min</source>
        <translation>minutos 32–38</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed triage and lockstep compare</source>
        <translation>Criba de semillas y comparación sincronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render many seeds to a third of their steps, let the class vote for the promising ones and finish only those. Then select two to four results in the gallery and compare them step by step on one scrubber: the composition is decided in the first steps.</source>
        <translation>Renderiza muchas semillas hasta un tercio de sus pasos, deja que la clase vote las prometedoras y termina solo esas. Luego selecciona de dos a cuatro resultados en la galería y compáralos paso a paso con un solo control: la composición se decide en los primeros pasos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>38–45 min</source>
        <translation>minutos 38–45</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train a tiny model</source>
        <translation>Entrenar un modelo diminuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training a tiny model from scratch (about ten minutes on a laptop) and watch the loss fall and the sample images change: backgrounds come first, then colours, shapes last. Open the result as a model and try it. Training occupies the computer: generations wait until it ends or is aborted.</source>
        <translation>Empieza a entrenar un modelo diminuto desde cero (unos diez minutos en un portátil) y mira cómo baja la pérdida y cambian las imágenes de muestra: primero los fondos, luego los colores y al final las formas. Abre el resultado como modelo y pruébalo. El entrenamiento ocupa el ordenador: las generaciones esperan hasta que termine o se interrumpa.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HiresFixPanel</name>
    <message>
        <location filename="../ui/hires_fix_panel.cpp" line="+34"/>
        <source>&amp;Hires fix</source>
        <translation>&amp;Hires fix (alta resolución)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires fix</source>
        <translation>Hires fix (alta resolución)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the image at the set size, enlarge it, then redraw it at the larger size: more detail without the doubled heads a model draws beyond its native size (AUTOMATIC1111&apos;s Hires. fix).</source>
        <translation>Crear la imagen al tamaño elegido, ampliarla y volver a dibujarla más grande: más detalle sin las cabezas duplicadas que un modelo dibuja por encima de su tamaño nativo (el Hires. fix de AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other model file…</source>
        <translation>Otro archivo de modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ESRGAN or Real-ESRGAN model (.safetensors) from anywhere</source>
        <translation>Un modelo ESRGAN o Real-ESRGAN (.safetensors) de cualquier lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or more); Lanczos and Nearest enlarge the finished picture; ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail into it.</source>
        <translation>Los modos latentes amplían la propia imagen sin terminar (use una fuerza de eliminación de ruido de 0,5 o más); Lanczos y Nearest amplían la imagen terminada; los modelos ESRGAN y Real-ESRGAN (.safetensors en models/ESRGAN, models/RealESRGAN o models/upscale_models) le dibujan nuevos detalles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hires upscaler</source>
        <translation>Escalador hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upscaler</source>
        <translation>&amp;Escalador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upscale by</source>
        <translation>Ampliar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscale &amp;by</source>
        <translation>Ampliar &amp;por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same as Steps</source>
        <translation>igual que los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires steps</source>
        <translation>Pasos hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires s&amp;teps</source>
        <translation>&amp;Pasos hires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the enlarged image is redrawn.</source>
        <translation>Cuánto de la imagen ampliada se vuelve a dibujar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires denoising strength</source>
        <translation>Fuerza de eliminación de ruido hires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;noising strength</source>
        <translation>Fuerza de elimi&amp;nación de ruido</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an upscaler model is a .safetensors file (ESRGAN or Real-ESRGAN)</source>
        <translation>%1: un modelo de ampliación es un archivo .safetensors (ESRGAN o Real-ESRGAN)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an upscaler model</source>
        <translation>Elegir un modelo de ampliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscaler models (*.safetensors *.pth);;All files (*)</source>
        <translation>Modelos de ampliación (*.safetensors *.pth);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hires fix is for text to image: clear the init image to use it.</source>
        <translation>El hires fix es para texto a imagen: quita la imagen de partida para usarlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)</source>
        <translation>%1×%2 → %3×%4; la segunda pasada hace %5 pasos (%6 × %7)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::InitImagePanel</name>
    <message>
        <location filename="../ui/init_image_panel.cpp" line="+52"/>
        <source>Drop a picture here, paste one, or use the preview&apos;s &quot;Use as img2img source&quot;.</source>
        <translation>Suelta una imagen aquí, pega una o usa «Usar como origen img2img» de la vista previa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from image</source>
        <translation>Partir de una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How much of the picture is redrawn: 0.3 keeps its composition and colours, 0.75 keeps its layout, 1.0 keeps little more than its size.</source>
        <translation>Cuánto de la imagen se vuelve a dibujar: 0,3 conserva composición y colores, 0,75 la disposición, 1,0 poco más que el tamaño.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoising strength</source>
        <translation>Fuerza de eliminación de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Denoising strength</source>
        <translation>&amp;Fuerza de eliminación de ruido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Just resize</source>
        <translation>Solo redimensionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop and resize</source>
        <translation>Recortar y redimensionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize and fill</source>
        <translation>Redimensionar y rellenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the picture&apos;s shape differs from the image size: stretch it, cut what sticks out, or fit it and extend its edges (as AUTOMATIC1111).</source>
        <translation>Cuando la forma de la imagen difiere del tamaño: estirarla, recortar lo que sobra, o ajustarla y prolongar sus bordes (como AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize mode</source>
        <translation>Modo de redimensionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resi&amp;ze mode</source>
        <translation>Modo de re&amp;dimensionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint mask…</source>
        <translation>Pintar máscara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the part of the picture to redraw (inpainting); the rest stays as it is.</source>
        <translation>Pinta la parte de la imagen que se redibuja (inpainting); el resto queda igual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mask</source>
        <translation>Sin máscara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the mask: the whole picture is redrawn (img2img).</source>
        <translation>Olvidar la máscara: se redibuja toda la imagen (img2img).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend canvas…</source>
        <translation>Ampliar el lienzo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outpainting: add a border to the picture for the next generation to paint.</source>
        <translation>Outpainting: añadir a la imagen un borde que pintará la siguiente generación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo extend</source>
        <translation>Deshacer ampliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the picture and mask before the last extension.</source>
        <translation>Volver a la imagen y la máscara anteriores a la última ampliación.</translation>
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
        <translation>Con qué suavidad la parte redibujada se funde con la imagen en el borde de la máscara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask blur</source>
        <translation>Desenfoque de máscara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask &amp;blur</source>
        <translation>&amp;Desenfoque de máscara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original</source>
        <translation>Imagen original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent noise</source>
        <translation>Ruido latente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent nothing</source>
        <translation>Latente vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the painted part starts from: the picture as it is (original), its surrounding colours blurred in (fill), fresh noise or nothing (latent noise / nothing — use a high denoising strength with these).</source>
        <translation>De qué parte la zona pintada: la imagen tal cual (original), sus colores de alrededor difuminados (rellenar), ruido nuevo o nada (ruido latente / vacío — úsalos con una fuerza de eliminación de ruido alta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked content</source>
        <translation>Contenido enmascarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked &amp;content</source>
        <translation>&amp;Contenido enmascarado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole picture</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked</source>
        <translation>Solo lo enmascarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked: the painted part and a margin are cut out, drawn at the full image size (more detail for a small area), and pasted back; the rest of the picture stays exactly as it is.</source>
        <translation>Solo lo enmascarado: la parte pintada y un margen se recortan, se dibujan al tamaño completo de la imagen (más detalle para una zona pequeña) y se vuelven a pegar; el resto de la imagen queda exactamente igual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpaint area</source>
        <translation>Área de inpainting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpaint &amp;area</source>
        <translation>Á&amp;rea de inpainting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The margin around the painted part that is drawn with it, so the model sees its surroundings.</source>
        <translation>El margen alrededor de la parte pintada que se dibuja con ella, para que el modelo vea su entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked padding</source>
        <translation>Margen de solo lo enmascarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked &amp;padding</source>
        <translation>&amp;Margen de solo lo enmascarado</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Open a picture first: outpainting extends it.</source>
        <translation>Abre primero una imagen: el outpainting la amplía.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No mask: the whole picture is redrawn.</source>
        <translation>Sin máscara: se redibuja toda la imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpainting: only the painted part is redrawn.</source>
        <translation>Inpainting: solo se redibuja la parte pintada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a picture Stipple can read.</source>
        <translation>No es una imagen que Stipple pueda leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture has %1×%2 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>La imagen tiene %1×%2 píxeles; Stipple parte de imágenes de 64 megapíxeles como máximo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has %2×%3 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>%1 tiene %2×%3 píxeles; Stipple parte de imágenes de 64 megapíxeles como máximo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard holds no picture.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No picture:
text to image</source>
        <translation>Sin imagen:
texto a imagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Without a picture every step runs from noise.</source>
        <translation>Sin imagen, cada paso parte del ruido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strength %1 × %2 steps = %3 steps</source>
        <translation>fuerza %1 × %2 pasos = %3 pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength %1 × %2 steps leaves no step to run: raise either</source>
        <translation>fuerza %1 × %2 pasos no deja ningún paso: sube uno de los dos</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepCompare</name>
    <message>
        <location filename="../ui/lockstep_compare.cpp" line="+39"/>
        <source>Negative: %1</source>
        <translation>Negativo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lockstep compare</source>
        <translation>Comparación sincronizada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs compared</source>
        <translation>Las ejecuciones comparadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-run all missing</source>
        <translation>Volver a ejecutar las que faltan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue every run without a stored timeline as a new generation with the loaded model, so its steps are recorded.</source>
        <translation>Poner en cola cada ejecución sin línea de tiempo guardada como una nueva generación con el modelo cargado, para que se registren sus pasos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step scrubber</source>
        <translation>Control de pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause every run together (Space)</source>
        <translation>Reproducir o pausar todas las ejecuciones a la vez (Espacio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How fast play moves the scrubber</source>
        <translation>Lo rápido que la reproducción mueve el control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 step/s</source>
        <translation>1 paso/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+273"/>
        <source>Save as GIF/MP4…</source>
        <translation>Guardar como GIF/MP4…</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Save the runs side by side, step by step, as one animated GIF or MP4 video.</source>
        <translation>Guardar las ejecuciones lado a lado, paso a paso, como un GIF animado o un vídeo MP4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs with different step counts are lined up by the fraction of the schedule: at 50 % a 10-step run shows step 5 and a 20-step run step 10.</source>
        <translation>Las ejecuciones con distinto número de pasos se alinean por la fracción del programa: al 50 %, una de 10 pasos muestra el paso 5 y una de 20 pasos el paso 10.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n runs, different prompts: the words only some runs have are under each.</source>
        <translation>
            <numerusform>%n ejecución, prompts distintos: bajo cada una, las palabras que solo tienen algunas ejecuciones.</numerusform>
            <numerusform>%n ejecuciones, prompts distintos: bajo cada una, las palabras que solo tienen algunas ejecuciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs of “%1”</source>
        <translation>
            <numerusform>%n ejecución de «%1»</numerusform>
            <numerusform>%n ejecuciones de «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No stored timeline: this image was made before this session, in a sweep, or its steps were dropped to save memory.</source>
        <translation>No hay línea de tiempo guardada: esta imagen se hizo antes de esta sesión o en un barrido, o sus pasos se descartaron para ahorrar memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored timeline, and no parameters to make it again.</source>
        <translation>No hay línea de tiempo guardada ni parámetros para volver a crearla.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 (%2)</source>
        <translation>ejecución %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, re-running</source>
        <translation>%1, volviendo a ejecutarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stored step timeline for %1. Only the steps of recent results are kept; re-run them to record theirs.</source>
        <translation>No hay línea de tiempo de pasos guardada para: %1. Solo se conservan los pasos de los resultados recientes; vuelve a ejecutarlos para registrar los suyos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/%2 · %3 %</source>
        <translation>%1/%2 · %3 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-running (job %1)… its steps appear here when it finishes.</source>
        <translation>Volviendo a ejecutar (trabajo %1)… sus pasos aparecerán aquí cuando termine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The re-run kept no step timeline.</source>
        <translation>La nueva ejecución no conservó ninguna línea de tiempo de pasos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-run failed: %1</source>
        <translation>Falló la nueva ejecución: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Paso %1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the lockstep compare</source>
        <translation>Guardar la comparación sincronizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animado (*.gif);;Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A compare is still being saved.</source>
        <translation>Todavía se está guardando una comparación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepPane</name>
    <message>
        <location filename="../ui/lockstep_pane.cpp" line="+73"/>
        <source>Re-run to record its steps</source>
        <translation>Volver a ejecutar para registrar sus pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue this image&apos;s parameters as a new generation with the loaded model; its step timeline is kept and shown here when it finishes.</source>
        <translation>Poner en cola los parámetros de esta imagen como una nueva generación con el modelo cargado; su línea de tiempo de pasos se conserva y se muestra aquí cuando termine.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>No stored timeline</source>
        <translation>No hay línea de tiempo guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1/%2</source>
        <translation>Paso %1/%2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LossPlot</name>
    <message>
        <location filename="../ui/loss_plot.cpp" line="+68"/>
        <source>The loss appears here as the model trains.</source>
        <translation>La pérdida aparece aquí mientras el modelo se entrena.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (log scale)</source>
        <translation>pérdida (escala log.)</translation>
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
        <translation>Parámetros de generación</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History is unavailable</source>
        <translation>El historial no está disponible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seed %1 locked</source>
        <translation>Semilla %1 fijada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Parameters restored</source>
        <translation>Parámetros restaurados</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.

Use the Open… button in the Model section, or File ▸ Open model folder…</source>
        <translation>Abre un modelo para empezar: una carpeta de diffusers (con model_index.json) o un checkpoint .safetensors.

Usa el botón Abrir… de la sección Modelo, o Archivo ▸ Abrir carpeta de modelo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timeline saved: %1. %2</source>
        <translation>Línea de tiempo guardada: %1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>Abrir &amp;imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the prompt and settings stored in a PNG made by Stipple or AUTOMATIC1111.</source>
        <translation>Restaurar el prompt y los ajustes guardados en un PNG creado por Stipple o AUTOMATIC1111.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model &amp;folder…</source>
        <translation>Abrir &amp;carpeta de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model fi&amp;le…</source>
        <translation>Abrir a&amp;rchivo de modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save step &amp;timeline…</source>
        <translation>Guardar la línea de &amp;tiempo de los pasos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every step&apos;s preview of the last image and the image itself as an animated GIF or an MP4 video, each frame labelled: how noise becomes a picture.</source>
        <translation>Guarda la vista previa de cada paso de la última imagen y la propia imagen como GIF animado o vídeo MP4, con cada fotograma rotulado: cómo el ruido se convierte en imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>I&amp;nterrumpir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish now</source>
        <translation>&amp;Terminar ahora</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sweep (X/Y plot)…</source>
        <translation>&amp;Barrido (cuadrícula X/Y)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start a sweep</source>
        <translation>No se puede iniciar el barrido</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size).</source>
        <translation>Generar una cuadrícula de imágenes que difieren en uno o dos ajustes (semilla, pasos, CFG, muestreador, prompt, tamaño).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Import PNG folder…</source>
        <translation>Importar carpeta &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images made by AUTOMATIC1111, ComfyUI or InvokeAI to the gallery with their parameters.</source>
        <translation>Añadir a la galería imágenes hechas con AUTOMATIC1111, ComfyUI o InvokeAI, con sus parámetros.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Vary this image</source>
        <translation>&amp;Variar esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 close variations of the image shown: the same seed with random variation seeds.</source>
        <translation>Crear %1 variaciones cercanas de la imagen mostrada: la misma semilla con semillas de variación aleatorias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lightly (strength %1)</source>
        <translation>&amp;Ligeramente (intensidad %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;mewhat (strength %1)</source>
        <translation>&amp;Moderadamente (intensidad %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;trongly (strength %1)</source>
        <translation>&amp;Fuertemente (intensidad %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How diffusion works</source>
        <translation>&amp;Cómo funciona la difusión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stipple</source>
        <translation>&amp;Acerca de Stipple</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading model %1…</source>
        <translation>Cargando el modelo %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 · native %3×%4%5</source>
        <translation>%1 · %2 · nativo %3×%4%5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> · TAESD</source>
        <translation> · TAESD</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Cannot use this upscaler model</source>
        <translation>No se puede usar este modelo de ampliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this picture</source>
        <translation>No se puede usar esta imagen</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Use as &amp;img2img source</source>
        <translation>Usar como origen &amp;img2img</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the next generation from the image shown (img2img), with its prompt kept.</source>
        <translation>Empezar la próxima generación desde la imagen mostrada (img2img), conservando su prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upscale…</source>
        <translation>Am&amp;pliar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enlarge the image shown (or the gallery&apos;s, while the gallery has focus) with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>Ampliar la imagen mostrada (o la de la galería, cuando tiene el foco) con Lanczos o un modelo ESRGAN en una imagen nueva, conservando sus parámetros.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> · v-prediction</source>
        <translation> · predicción v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · VAE %1</source>
        <translation> · VAE %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some embeddings cannot be used</source>
        <translation>Algunos embeddings no se pueden usar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)</source>
        <translation>Modelo Turbo %1 listo: 1 paso, guía 0, %2 (funciona hasta con 4 pasos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 ready: %2, as it recommends</source>
        <translation>Modelo %1 listo: %2, como recomienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready: %2, the usual settings</source>
        <translation>Modelo %1 listo: %2, los ajustes habituales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready</source>
        <translation>Modelo %1 listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Tu imagen aparecerá aquí.

Escribe un prompt y pulsa Generar (Ctrl+Intro).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Could not load the model %1</source>
        <translation>No se pudo cargar el modelo %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load %1 — no model loaded</source>
        <translation>No se pudo cargar %1: no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model loaded.

Open a model: File ▸ Open model folder… or Open model file…</source>
        <translation>No hay ningún modelo cargado.

Abra un modelo: Archivo ▸ Abrir carpeta de modelo… o Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model failed to load</source>
        <translation>Error al cargar el modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the built-in model</source>
        <translation>el modelo integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Reopened %2 instead.</source>
        <translation>%1

Se ha vuelto a abrir %2 en su lugar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+61"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+0"/>
        <source>Open a model first: File ▸ Open model folder… or Open model file…</source>
        <translation>Abre primero un modelo: Archivo ▸ Abrir carpeta de modelo… o Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Cannot generate</source>
        <translation>No se puede generar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to vary: generate an image, or open one or pick one in the gallery</source>
        <translation>Nada que variar: genere una imagen, abra una o elija una en la galería</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Varying seed %1: %2 images at strength %3</source>
        <translation>Variando la semilla %1: %2 imágenes con intensidad %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upscaling %1 ×%2 with %3…</source>
        <translation>Ampliando %1 ×%2 con %3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaling %1…</source>
        <translation>Ampliando %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sweep running…</source>
        <translation>Barrido en curso…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating 1 image…</source>
        <translation>Generando 1 imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 images…</source>
        <translation>Generando %1 imágenes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · sweep · %2 cells</source>
        <translation>#%1 · barrido · %2 celdas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 · upscale ×%2 · %3</source>
        <translation>#%1 · ampliar ×%2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · seed %2 · %3 steps · %4</source>
        <translation>n.º %1 · semilla %2 · %3 pasos · %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Interrumpiendo: no se guardará nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishing with the current estimate…</source>
        <translation>Terminando con la estimación actual…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Upscale failed</source>
        <translation>La ampliación falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale aborted — nothing saved</source>
        <translation>Ampliación cancelada — no se guardó nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 in %2</source>
        <translation>%1 guardada en %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Generation failed</source>
        <translation>Error en la generación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted after 1 step — nothing saved</source>
        <translation>Interrumpido tras 1 paso: no se guardó nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps — nothing saved</source>
        <translation>Interrumpido tras %1 pasos: no se guardó nada</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Aborted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <location filename="../ui/main_window_classroom.cpp" line="+109"/>
        <source>Could not record the history</source>
        <translation>No se pudo registrar el historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Seed %1 · %2</source>
        <translation>Semilla %1 · %2</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Saved 1 image in %1</source>
        <translation>1 imagen guardada en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 images in %2</source>
        <translation>%1 imágenes guardadas en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameters in %1</source>
        <translation>No hay parámetros en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PNG has no &quot;parameters&quot; text, so there is nothing to restore.</source>
        <translation>Este PNG no tiene texto «parameters», así que no hay nada que restaurar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameters restored from %1</source>
        <translation>Parámetros restaurados desde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open image</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open model folder (with model_index.json)</source>
        <translation>Abrir carpeta de modelo (con model_index.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model file</source>
        <translation>Abrir archivo de modelo</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Settings saved. Precision changes apply when a model is loaded.</source>
        <translation>Ajustes guardados. Los cambios de precisión se aplican al cargar un modelo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show %1</source>
        <translation>No se puede mostrar %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted 1 image</source>
        <translation>1 imagen eliminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1 images</source>
        <translation>%1 imágenes eliminadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1
%2</source>
        <translation>Semilla %1
%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the step timeline</source>
        <translation>Guardar la línea de tiempo de los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animado (*.gif);;Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timeline is still being saved</source>
        <translation>Todavía se está guardando una línea de tiempo</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Timeline saved: %1</source>
        <translation>Línea de tiempo guardada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the timeline</source>
        <translation>No se puede guardar la línea de tiempo</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;All files (*)</source>
        <translation>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Convert checkpoint</source>
        <translation>Convertir el checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a Python pickle file. Loading a pickle in Python can run any code hidden in it, so Stipple opens only .safetensors files.

Convert it now with Stipple&apos;s own reader, which runs nothing and refuses anything that is not weights? The weights are written once to
%2</source>
        <translation>%1 es un archivo pickle de Python. Cargar un pickle en Python puede ejecutar código oculto en él, por eso Stipple solo abre archivos .safetensors.

¿Convertirlo ahora con el lector propio de Stipple, que no ejecuta nada y rechaza todo lo que no sean pesos? Los pesos se escriben una vez en
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening %1, converted from %2 before</source>
        <translation>Abriendo %1, convertido antes desde %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not converted</source>
        <translation>No convertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot convert %1</source>
        <translation>No se puede convertir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted %1 to %2</source>
        <translation>%1 convertido en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A conversion is running</source>
        <translation>Hay una conversión en curso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait until it ends, then open %1 again.</source>
        <translation>Espera a que termine y vuelve a abrir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Converting %1 to .safetensors…</source>
        <translation>Convirtiendo %1 a .safetensors…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to start from</source>
        <translation>No hay imagen de partida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate or open an image first; it is shown in the preview.</source>
        <translation>Primero genera o abre una imagen; se muestra en la vista previa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use this image</source>
        <translation>No se puede usar esta imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next generation starts from this image (img2img).</source>
        <translation>La próxima generación parte de esta imagen (img2img).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Cannot upscale %1</source>
        <translation>No se puede ampliar %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No image is shown: generate one, or pick one in the gallery.</source>
        <translation>No se muestra ninguna imagen: genera una o elige una en la galería.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is gone.</source>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;VAE file…</source>
        <translation>Elegir archivo &amp;VAE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode this model&apos;s images with a separate VAE (.safetensors, e.g. vae-ft-mse or an SDXL fp16-fix VAE). Remembered for this model.</source>
        <translation>Decodificar las imágenes de este modelo con un VAE aparte (.safetensors, p. ej. vae-ft-mse o un VAE SDXL fp16-fix). Se recuerda para este modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the model&apos;s &amp;own VAE</source>
        <translation>Usar el VAE &amp;propio del modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prediction type</source>
        <translation>Tipo de &amp;predicción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Detect from the file</source>
        <translation>&amp;Detectar desde el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epsilon (SD 1.x, 2.x-base, SDXL)</source>
        <translation>&amp;Épsilon (SD 1.x, 2.x-base, SDXL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;v-prediction (SD 2.x 768-v, v-pred finetunes)</source>
        <translation>Predicción &amp;v (SD 2.x 768-v, finetunes v-pred)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the model&apos;s UNet predicts. Detected from a single file as AUTOMATIC1111 and ComfyUI do; choose it here when a model draws only noise or grey.</source>
        <translation>Lo que predice la UNet del modelo. Se detecta en un archivo único como hacen AUTOMATIC1111 y ComfyUI; elígelo aquí cuando un modelo solo dibuje ruido o gris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;LoRA folder</source>
        <translation>Abrir la carpeta de &amp;LoRA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRA files here are used with &lt;lora:name:weight&gt; in the prompt.</source>
        <translation>Los archivos LoRA de aquí se usan con &lt;lora:nombre:peso&gt; en el prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;embeddings folder</source>
        <translation>Abrir la carpeta de &amp;embeddings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textual-inversion embeddings here are used by writing their name in the prompt.</source>
        <translation>Los embeddings de textual inversion de aquí se usan escribiendo su nombre en el prompt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose VAE file</source>
        <translation>Elegir archivo VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE files (*.safetensors);;All files (*)</source>
        <translation>Archivos VAE (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This image has no step timeline: generate one, or pick a recent image in the gallery</source>
        <translation>Esta imagen no tiene línea de tiempo de pasos: genere una o elija una imagen reciente en la galería</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the step timeline…</source>
        <translation>Guardando la línea de tiempo de los pasos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="-80"/>
        <source>%1 files in %2 folders, %3 skipped (unreadable)</source>
        <translation>%1 archivos en %2 carpetas, %3 omitidos (ilegibles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2 folders</source>
        <translation>%1 archivos en %2 carpetas</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>VAE %1 chosen for this model</source>
        <translation>VAE %1 elegido para este modelo</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Add a models folder</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copying %1 into %2…</source>
        <translation>Copiando %1 en %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the dropped file</source>
        <translation>No se puede usar el archivo soltado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now in the library</source>
        <translation>%1 ya está en la biblioteca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the prompt</source>
        <translation>%1 ya está en el prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 to the prompt</source>
        <translation>%1 añadido al prompt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_classroom.cpp" line="-73"/>
        <source>&amp;Classroom</source>
        <translation>A&amp;ula</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A 45-minute lesson through the views below, in order (part of Help ▸ How diffusion works).</source>
        <translation>Una clase de 45 minutos por las vistas de abajo, en orden (parte de Ayuda ▸ Cómo funciona la difusión).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Guidance view…</source>
        <translation>Vista de la &amp;guía…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the guidance view</source>
        <translation>No se puede abrir la vista de la guía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare</source>
        <translation>Nada que comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At every step: the image predicted from the prompt, from the negative prompt, their difference and the guided result; re-guide any step at another scale without rerunning.</source>
        <translation>En cada paso: la imagen predicha con el prompt, con el prompt negativo, su diferencia y el resultado guiado; vuelve a guiar cualquier paso con otra escala sin volver a ejecutar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lockstep compare…</source>
        <translation>Comparación &amp;sincronizada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 runs side by side on one step scrubber: the images selected in the gallery, else the newest results.</source>
        <translation>De 2 a 4 ejecuciones lado a lado con un único control de pasos: las imágenes seleccionadas en la galería o, si no, los resultados más recientes.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Forward noising…</source>
        <translation>&amp;Adición de ruido…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Lesson t&amp;our</source>
        <translation>Recorri&amp;do de la clase</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How training adds noise: drag t from 0 to T over an image and watch xₜ, with the model&apos;s ᾱ and SNR plotted.</source>
        <translation>Cómo añade ruido el entrenamiento: arrastra t de 0 a T sobre una imagen y observa xₜ, con el ᾱ y la SNR del modelo en un gráfico.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seed triage…</source>
        <translation>&amp;Criba de semillas…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Many seeds rendered part of the way in a grid: pick the promising ones and finish only those, exactly as full runs.</source>
        <translation>Muchas semillas renderizadas en parte en una cuadrícula: elige las prometedoras y termina solo esas, exactamente como ejecuciones completas.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Prompt as tokens</source>
        <translation>El &amp;prompt como tokens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt as the text encoder reads it: its tokens, their ids and weights, and the chunks.</source>
        <translation>El prompt tal como lo lee el codificador de texto: sus tokens, sus identificadores y pesos, y los bloques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens &amp;under the prompt</source>
        <translation>Tokens &amp;bajo el prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A compact row of the prompt&apos;s tokens under the prompt box, updated as you type.</source>
        <translation>Una fila compacta con los tokens del prompt bajo el cuadro del prompt, actualizada mientras escribes.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>P&amp;resenter view</source>
        <translation>Vista de p&amp;resentación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen for a class: large preview and fonts, the pipeline stage running now, and an option to hide the result until the run ends.</source>
        <translation>Pantalla completa para una clase: vista previa y letra grandes, la etapa del proceso en curso y una opción para ocultar el resultado hasta que termine la ejecución.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Train a tiny model…</source>
        <translation>En&amp;trenar un modelo diminuto…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train a small model from scratch in about ten minutes, watching its loss fall and its pictures improve; then generate with it.</source>
        <translation>Entrenar un modelo pequeño desde cero en unos diez minutos, viendo cómo baja su pérdida y mejoran sus imágenes; después, generar con él.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_lockstep.cpp" line="-20"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click) to compare them step by step</source>
        <translation>Selecciona de 2 a 4 imágenes en la galería (Ctrl+clic) para compararlas paso a paso</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>aborted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click), or generate two images first, to compare them step by step</source>
        <translation>Selecciona de 2 a 4 imágenes en la galería (Ctrl+clic), o genera primero dos imágenes, para compararlas paso a paso</translation>
    </message>
</context>
<context>
    <name>stipple::ui::MaskDialog</name>
    <message>
        <location filename="../ui/mask_dialog.cpp" line="+18"/>
        <source>Paint the part to redraw</source>
        <translation>Pinta la parte a redibujar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint what to redraw (B). The right mouse button erases.</source>
        <translation>Pinta lo que se redibuja (B). El botón derecho borra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take painted parts back (E).</source>
        <translation>Quitar partes pintadas (E).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size in picture pixels ([ smaller, ] larger).</source>
        <translation>Tamaño del pincel en píxeles de la imagen ([ menor, ] mayor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Size </source>
        <translation> Tamaño </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redraw everything except what is painted.</source>
        <translation>Redibujar todo menos lo pintado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the whole mask.</source>
        <translation>Quitar toda la máscara.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 % of the picture will be redrawn.</source>
        <translation>Se redibujará el %1 % de la imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing painted: the whole picture is redrawn as img2img.</source>
        <translation>Nada pintado: toda la imagen se redibuja como img2img.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.cpp" line="+83"/>
        <source>Model library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to filter: name, SDXL, LoRA, embedding, VAE, folder…</source>
        <translation>Escribe para filtrar: nombre, SDXL, LoRA, embedding, VAE, carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder of models to the library, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Añadir una carpeta de modelos a la biblioteca, p. ej. la carpeta models de AUTOMATIC1111 (se leen sus subcarpetas Stable-diffusion, Lora, embeddings y VAE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescan</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Recent model</source>
        <translation>Modelo reciente</translation>
    </message>
</context>
<context>
    <name>stipple::ui::NoisingView</name>
    <message>
        <location filename="../ui/noising_view.cpp" line="+72"/>
        <source>Forward noising</source>
        <translation>Adición de ruido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image in the main window</source>
        <translation>Imagen de la ventana principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in scene</source>
        <translation>Escena integrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Image to noise</source>
        <translation>Imagen a la que añadir ruido</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Image x₀:</source>
        <translation>&amp;Imagen x₀:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene prompt</source>
        <translation>Prompt de la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stipple Shapes scene drawn exactly (no model involved): the kind of picture the built-in model was trained on.</source>
        <translation>Una escena de Stipple Shapes dibujada de forma exacta (sin modelo): el tipo de imagen con el que se entrenó el modelo integrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layout </source>
        <translation>disposición </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene layout seed</source>
        <translation>Semilla de la disposición de la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clean image x₀</source>
        <translation>La imagen limpia x₀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noised image xₜ, decoded</source>
        <translation>La imagen con ruido xₜ, decodificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four latent channels of xₜ</source>
        <translation>Los cuatro canales latentes de xₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image above.</source>
        <translation>Elige una imagen arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>xₜ appears here.</source>
        <translation>xₜ aparece aquí.</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+249"/>
        <source>The latent channels appear here.</source>
        <translation>Los canales latentes aparecen aquí.</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>What the model really works on: four numbers per block of pixels (8×8 for Stable Diffusion), one picture per channel: grey is 0, white +4, black −4.</source>
        <translation>Con lo que trabaja de verdad el modelo: cuatro números por bloque de píxeles (8×8 en Stable Diffusion), una imagen por canal: gris es 0, blanco +4, negro −4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₀ (the image)</source>
        <translation>x₀ (la imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ decoded</source>
        <translation>xₜ decodificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ: the 4 latent channels</source>
        <translation>xₜ: los 4 canales latentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noising formula</source>
        <translation>Fórmula de la adición de ruido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;t:</source>
        <translation>Paso de tiempo &amp;t:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Noising step t</source>
        <translation>Paso de ruido t</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Drag from t = 0 (the clean image) to T (pure noise in training).</source>
        <translation>Arrastra de t = 0 (la imagen limpia) a T (ruido puro en el entrenamiento).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ε &amp;seed:</source>
        <translation>&amp;Semilla de ε:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the noise ε</source>
        <translation>Semilla del ruido ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same noise ε at every t: one noise fading in.</source>
        <translation>La misma semilla da el mismo ruido ε en cada t: un único ruido que va apareciendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New noise</source>
        <translation>Ruido nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw another ε (a random seed).</source>
        <translation>Sacar otro ε (una semilla aleatoria).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast preview</source>
        <translation>Vista previa rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE</source>
        <translation>VAE completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAESD</source>
        <translation>Decodificador TAESD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How xₜ is decoded</source>
        <translation>Cómo se decodifica xₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE is exact but slow on large models; the fast preview is nearly free.</source>
        <translation>El VAE completo es exacto pero lento con modelos grandes; la vista previa rápida casi no cuesta nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict first</source>
        <translation>&amp;Predecir primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide xₜ after every change of t until Reveal is pressed: let the class guess first.</source>
        <translation>Ocultar xₜ tras cada cambio de t hasta pulsar «Revelar»: deja que la clase adivine primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The main window shows no image yet: generate one, or choose a file or a built-in scene.</source>
        <translation>La ventana principal aún no muestra ninguna imagen: genera una, o elige un archivo o una escena integrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the main window&apos;s image</source>
        <translation>la imagen de la ventana principal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2×%3 pixels: larger than this view reads (%4 px a side).</source>
        <translation>%1 mide %2×%3 píxeles: más de lo que lee esta vista (%4 px por lado).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>scene “%1”</source>
        <translation>escena «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot draw that scene: %1</source>
        <translation>No se puede dibujar esa escena: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>x₀: %1, %2×%3</source>
        <translation>x₀: %1, %2×%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (load a model for its schedule)</source>
        <translation>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (carga un modelo para ver su programa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</source>
        <translation>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predict: what does xₜ look like at t = %1? Then press Reveal.</source>
        <translation>Predice: ¿cómo es xₜ en t = %1? Luego pulsa «Revelar».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the model to load…</source>
        <translation>Esperando a que se cargue el modelo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>xₜ at t = %1 with ε seed %2 (%3×%4 latent)</source>
        <translation>xₜ en t = %1 con semilla de ε %2 (latente de %3×%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not noise the image: %1</source>
        <translation>No se pudo añadir ruido a la imagen: %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::OutpaintDialog</name>
    <message>
        <location filename="../ui/outpaint_dialog.cpp" line="+14"/>
        <source>Extend canvas</source>
        <translation>Ampliar el lienzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture gets a border that the next generation paints (outpainting). Use &quot;Masked content: fill&quot; and a denoising strength near 1.</source>
        <translation>La imagen recibe un borde que pinta la siguiente generación (outpainting). Usa «Contenido enmascarado: rellenar» y una fuerza cercana a 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Left</source>
        <translation>&amp;Izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top</source>
        <translation>&amp;Arriba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right</source>
        <translation>&amp;Derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom</source>
        <translation>A&amp;bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the left</source>
        <translation>Píxeles que añadir a la izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the top</source>
        <translation>Píxeles que añadir arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the right</source>
        <translation>Píxeles que añadir a la derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the bottom</source>
        <translation>Píxeles que añadir abajo</translation>
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
        <translation>Cuánto entra en la imagen el borde redibujado, para que también se pinte la costura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap into the picture</source>
        <translation>Solapamiento con la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overlap</source>
        <translation>S&amp;olapamiento</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1×%2 → %3×%4</source>
        <translation>%1×%2 → %3×%4 píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pixels on at least one side.</source>
        <translation>Añade píxeles en al menos un lado.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+12"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the opened image&apos;s parameters ask for that Stipple does not reproduce: the image made here will differ in these.</source>
        <translation>Lo que piden los parámetros de la imagen abierta y Stipple no reproduce: la imagen hecha aquí diferirá en ello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reproduced from the opened image</source>
        <translation>No reproducido de la imagen abierta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts this model knows how to draw: pick one to start from.</source>
        <translation>Prompts que este modelo sabe dibujar: elija uno para empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example prompts</source>
        <translation>Prompts de ejemplo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+888"/>
        <source>Describe the image: subject, style, lighting… e.g. &quot;a watercolor fox in the snow, soft light&quot;</source>
        <translation>Describe la imagen: tema, estilo, iluminación… p. ej., «un zorro en acuarela en la nieve, luz suave»</translation>
    </message>
    <message>
        <location line="-887"/>
        <source>What you want to see. Ctrl+Enter generates.</source>
        <translation>Lo que quieres ver. Ctrl+Intro genera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt length in tokens</source>
        <translation>Longitud del prompt en tokens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the model will not read in the prompt</source>
        <translation>Lo que el modelo no leerá del prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A long prompt is read in chunks (75 tokens for most models), each on its own, as AUTOMATIC1111 does. Words that belong together read best inside one chunk; BREAK starts a new one.</source>
        <translation>Un prompt largo se lee en bloques (75 tokens en la mayoría de los modelos), cada uno por separado, como en AUTOMATIC1111. Las palabras que van juntas funcionan mejor en un mismo bloque; BREAK empieza uno nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the prompt&apos;s chunks begin</source>
        <translation>Dónde empiezan los bloques del prompt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Negative prompt</source>
        <translation>Prompt &amp;negativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to avoid, e.g. &quot;blurry, lowres, watermark&quot;</source>
        <translation>Lo que hay que evitar, p. ej., «borroso, baja resolución, marca de agua»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classifier-free guidance steers away from this text. Leave empty for none.</source>
        <translation>La guía sin clasificador (CFG) aleja la imagen de este texto. Déjalo vacío si no quieres ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt length in tokens</source>
        <translation>Longitud del prompt negativo en tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model will not read in the negative prompt</source>
        <translation>Lo que el modelo no leerá del prompt negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the negative prompt&apos;s chunks begin</source>
        <translation>Dónde empiezan los bloques del prompt negativo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The random seed: the same seed with the same settings gives the same image. Any whole number from 0 to 18446744073709551615. With several images, they use seed, seed+1, …</source>
        <translation>La semilla aleatoria: la misma semilla con los mismos ajustes da la misma imagen. Cualquier número entero de 0 a 18446744073709551615. Con varias imágenes, se usan semilla, semilla+1, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a new random seed now.</source>
        <translation>Elegir ahora una nueva semilla aleatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this seed</source>
        <translation>&amp;Mantener esta semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: every Generate draws a new random seed. On: the seed above is used again (typing or reusing a seed turns this on).</source>
        <translation>Desactivado: cada generación usa una semilla aleatoria nueva. Activado: se vuelve a usar la semilla de arriba (escribir o reutilizar una semilla lo activa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Denoising steps. More steps refine more but take longer; 20-30 suits most samplers.</source>
        <translation>Pasos de eliminación de ruido. Más pasos refinan más pero tardan más; 20-30 sirven para la mayoría de los muestreadores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guidance scale (CFG): how strictly the image follows the prompt. 5-9 is typical; higher is more literal but harsher; 1 or less turns guidance (and the negative prompt) off.</source>
        <translation>Escala de guía (CFG): cuánto sigue la imagen al prompt. Lo típico es 5-9; más alto es más literal pero más duro; 1 o menos desactiva la guía (y el prompt negativo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale (CFG)</source>
        <translation>Escala de guía (CFG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uidance</source>
        <translation>G&amp;uía (CFG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sampler (scheduler) that walks from noise to image. Hover an entry to learn more.</source>
        <translation>El muestreador (programador) que va del ruido a la imagen. Pasa el ratón por una entrada para saber más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ampler</source>
        <translation>Mu&amp;estreador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image width in pixels (a multiple of 8). Models work best at their training size.</source>
        <translation>Ancho de la imagen en píxeles (múltiplo de 8). Los modelos funcionan mejor con su tamaño de entrenamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image height in pixels (a multiple of 8).</source>
        <translation>Alto de la imagen en píxeles (múltiplo de 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap width and height.</source>
        <translation>Intercambiar ancho y alto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap width and height</source>
        <translation>Intercambiar ancho y alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common sizes: 512 for SD 1.x, 768 for SD 2.x, 1024 for SDXL.</source>
        <translation>Tamaños habituales: 512 para SD 1.x, 768 para SD 2.x, 1024 para SDXL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size presets</source>
        <translation>Tamaños predefinidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets…</source>
        <translation>Predefinidos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>512 × 512 — SD 1.x square</source>
        <translation>512 × 512 — SD 1.x cuadrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>512 × 768 — SD 1.x portrait</source>
        <translation>512 × 768 — SD 1.x vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 512 — SD 1.x landscape</source>
        <translation>768 × 512 — SD 1.x horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 768 — SD 2.x square</source>
        <translation>768 × 768 — SD 2.x cuadrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 × 1024 — SDXL square</source>
        <translation>1024 × 1024 — SDXL cuadrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>832 × 1216 — SDXL portrait</source>
        <translation>832 × 1216 — SDXL vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1216 × 832 — SDXL landscape</source>
        <translation>1216 × 832 — SDXL horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 × 64 — tiny test models</source>
        <translation>64 × 64 — modelos de prueba diminutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many images to make in one go; they use seeds seed, seed+1, seed+2, …</source>
        <translation>Cuántas imágenes crear de una vez; usan las semillas semilla, semilla+1, semilla+2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of images</source>
        <translation>Número de imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opened image was finished early with Finish now: stop at the same step to make it again.</source>
        <translation>La imagen abierta se terminó antes con «Terminar ahora»: detenerse en el mismo paso para volver a crearla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variation seed, noise, clip skip</source>
        <translation>Semilla de variación, ruido, salto de CLIP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More seed settings, as in AUTOMATIC1111: variation seeds, where random numbers come from, eta noise seed delta and clip skip.</source>
        <translation>Más ajustes de semilla, como en AUTOMATIC1111: semillas de variación, origen de los números aleatorios, delta de semilla del ruido eta y salto de CLIP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced seed settings</source>
        <translation>Ajustes avanzados de semilla</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The opened image read its prompt as written (diffusers style), and so does the next generation; Settings ▸ Prompt syntax returns to AUTOMATIC1111&apos;s.</source>
        <translation>La imagen abierta leyó su prompt tal cual (estilo diffusers), y también la próxima generación; Ajustes ▸ Sintaxis del prompt vuelve a la de AUTOMATIC1111.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Extensions and settings Stipple does not have: %1</source>
        <translation>Extensiones y ajustes que Stipple no tiene: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys Stipple does not use: %1</source>
        <translation>Otras claves que Stipple no usa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood: %1</source>
        <translation>No entendido: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model: %1 (no hash to compare; the loaded model is %2)</source>
        <translation>Modelo: %1 (sin hash para comparar; el modelo cargado es %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1 (the loaded model&apos;s hash is not known yet)</source>
        <translation>Modelo: %1 (el hash del modelo cargado aún no se conoce)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model: %1, an old-style hash Stipple does not compute; the loaded model is %2</source>
        <translation>Modelo: %1, un hash antiguo que Stipple no calcula; el modelo cargado es %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 is not the loaded model, %2</source>
        <translation>Modelo: %1 no es el modelo cargado, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not reproduced from this image:
%1</source>
        <translation>No reproducido de esta imagen:
%1</translation>
    </message>
    <message>
        <location line="-543"/>
        <location line="+8"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <source>Start from an image (img2img)</source>
        <translation>Partir de una imagen (img2img)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Redraw a picture of your own from the prompt instead of starting from noise.</source>
        <translation>Redibujar una imagen tuya según el prompt en vez de partir del ruido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image to image</source>
        <translation>Imagen a imagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start from an image (img2img) ●</source>
        <translation>Partir de una imagen (img2img) ●</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generate with these settings (Ctrl+Enter). While busy, the request waits in the queue.</source>
        <translation>Generar con estos ajustes (Ctrl+Intro). Si hay otra generación en curso, la petición espera en la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+636"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location line="-637"/>
        <source>Stop the current image now (Esc). Nothing is saved.</source>
        <translation>Detener ahora la imagen actual (Esc). No se guarda nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stop early and keep the current estimate as the result (decoded with the full VAE).</source>
        <translation>Parar antes y quedarse con la estimación actual como resultado (decodificada con el VAE completo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected request from the queue.</source>
        <translation>Quitar de la cola la petición seleccionada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests waiting for the current generation to finish, in order.</source>
        <translation>Peticiones que esperan a que termine la generación actual, en orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint.</source>
        <translation>Abrir una carpeta de modelo de diffusers (con model_index.json) o un único checkpoint .safetensors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open model folder…</source>
        <translation>Abrir carpeta de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model file…</source>
        <translation>Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second seed whose noise is blended into the seed&apos;s by the strength below: the same picture, a little different. Empty with a strength above 0 draws one.</source>
        <translation>Una segunda semilla cuyo ruido se mezcla con el de la semilla según la intensidad de abajo: la misma imagen, algo distinta. Vacía con intensidad mayor que 0, se sortea una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation seed</source>
        <translation>Semilla de variación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a new random variation seed now.</source>
        <translation>Elegir ahora una nueva semilla de variación aleatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random variation seed</source>
        <translation>Semilla de variación aleatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Variation seed</source>
        <translation>Semilla de &amp;variación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (off)</source>
        <translation>0 (desactivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the variation seed&apos;s noise to use: 0 is the seed alone, 1 the variation seed alone; 0.05-0.2 gives close variations.</source>
        <translation>Cuánto del ruido de la semilla de variación se usa: 0 es solo la semilla, 1 solo la semilla de variación; 0,05–0,2 da variaciones cercanas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation strength</source>
        <translation>Intensidad de variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rength</source>
        <translation>Intensi&amp;dad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the seed&apos;s noise as if the image were this size, so a seed keeps its composition at another size (A1111&apos;s &quot;Resize seed from&quot;). Off: the image&apos;s own size.</source>
        <translation>Generar el ruido de la semilla como si la imagen tuviera este tamaño, para que una semilla conserve su composición a otro tamaño («Resize seed from» de A1111). Desactivado: el tamaño de la imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize seed from width</source>
        <translation>Tamaño de la semilla: ancho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize seed from height</source>
        <translation>Tamaño de la semilla: alto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed si&amp;ze from</source>
        <translation>Tama&amp;ño semilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU</source>
        <translation>Procesador (CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>torch on the CPU: the numbers of diffusers and ComfyUI (RNG: CPU)</source>
        <translation>torch en la CPU: los números de diffusers y ComfyUI (RNG: CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (NVIDIA)</source>
        <translation>Tarjeta gráfica (NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s default: the numbers of an NVIDIA GPU, computed here (RNG: NV)</source>
        <translation>El valor por defecto de AUTOMATIC1111: los números de una tarjeta NVIDIA, calculados aquí (RNG: NV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this request&apos;s random numbers come from (the default is in Settings). An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>De dónde vienen los números aleatorios de esta petición (el valor por defecto está en Ajustes). Una imagen abierta de AUTOMATIC1111 fija con qué se hizo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random numbers</source>
        <translation>Números aleatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ra&amp;ndom numbers</source>
        <translation>&amp;Números aleatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The opened image does not say (no RNG key): AUTOMATIC1111&apos;s default, GPU, is assumed.</source>
        <translation>La imagen abierta no lo indica (sin clave RNG): se supone el valor por defecto de AUTOMATIC1111, tarjeta gráfica.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eta noise seed delta (ENSD): the samplers that add noise at every step (Euler a, DPM++ SDE…) draw it from seed + this number. 0 = off; 31337 was a common choice.</source>
        <translation>Delta de semilla del ruido eta (ENSD): los muestreadores que añaden ruido en cada paso (Euler a, DPM++ SDE…) lo toman de semilla + este número. 0 = desactivado; 31337 era habitual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta noise seed delta</source>
        <translation>Delta de semilla del ruido eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ENSD</source>
        <translation>Delta &amp;ENSD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step (diffusers)</source>
        <translation>En cada paso (diffusers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh draw of the image&apos;s random numbers at every step, as diffusers</source>
        <translation>Una nueva tirada de los números aleatorios de la imagen en cada paso, como diffusers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brownian tree (AUTOMATIC1111)</source>
        <translation>Árbol browniano (AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s: each image&apos;s steps share one Brownian motion drawn from its seed, the same whatever the batch size (SDE noise: brownian)</source>
        <translation>Como AUTOMATIC1111: los pasos de cada imagen comparten un movimiento browniano sacado de su semilla, igual sea cual sea el tamaño del lote (SDE noise: brownian)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the DPM++ SDE samplers take the noise they add at every step. An image opened from AUTOMATIC1111 with such a sampler sets the Brownian tree.</source>
        <translation>De dónde toman los muestreadores DPM++ SDE el ruido que añaden en cada paso. Una imagen de AUTOMATIC1111 abierta con uno de ellos elige el árbol browniano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>SDE noise</source>
        <translation>Ruido SDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip skip, counted as AUTOMATIC1111 does: 1 uses the text encoder&apos;s last layer, 2 the one before (what many anime models expect).</source>
        <translation>Salto de CLIP, contado como en AUTOMATIC1111: 1 usa la última capa del codificador de texto, 2 la anterior (lo que esperan muchos modelos de anime).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip skip</source>
        <translation>Salto de CLIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clip skip</source>
        <translation>Salto de &amp;CLIP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>Original (A1111)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(word:1.3) multiplies the word&apos;s embedding, then the prompt is rescaled to its original mean (AUTOMATIC1111&apos;s default)</source>
        <translation>(palabra:1.3) multiplica el embedding de la palabra y luego el prompt se reescala a su media original (lo predeterminado en AUTOMATIC1111)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No norm</source>
        <translation>Sin normalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights multiply without the rescale (said to suit SDXL better)</source>
        <translation>Los pesos multiplican sin reescalar (se dice que va mejor con SDXL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brackets and weights are removed from the prompt but change nothing</source>
        <translation>Los paréntesis y los pesos se quitan del prompt pero no cambian nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (literal brackets)</source>
        <translation>Ninguna (paréntesis literales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weighting syntax: brackets, weights and BREAK are read as words</source>
        <translation>Sin sintaxis de pesos: paréntesis, pesos y BREAK se leen como palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weights such as (word:1.3) do, as AUTOMATIC1111&apos;s emphasis mode. An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>Lo que hacen los pesos como (palabra:1.3), como el modo de énfasis de AUTOMATIC1111. Una imagen abierta desde AUTOMATIC1111 fija el modo con que se hizo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emphasis mode</source>
        <translation>Modo de énfasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mphasis</source>
        <translation>Én&amp;fasis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching (DeepCache): the whole model runs only every N-th step, and the steps between reuse its deep features. Faster, and the picture comes out slightly different from the full run. Off makes the exact picture.</source>
        <translation>Caché de pasos (DeepCache): el modelo completo solo se ejecuta cada N pasos y los pasos intermedios reutilizan sus rasgos profundos. Más rápido, y la imagen sale algo distinta de la ejecución completa. Desactivado da la imagen exacta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step caching interval</source>
        <translation>Intervalo de la caché de pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching</source>
        <translation>Caché de pasos</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Variation seed: %1</source>
        <translation>Semilla de variación: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sampler: %1 (not available; kept %2)</source>
        <translation>Muestreador: %1 (no disponible; se mantiene %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish at step %1 of %2, as this image was</source>
        <translation>Terminar en el paso %1 de %2, como esta imagen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Face restoration: %1 (choose a GFPGAN or CodeFormer .onnx file under Face detailer to restore faces)</source>
        <translation>Restauración de caras: %1 (elija un archivo .onnx de GFPGAN o CodeFormer en Detallador de caras para restaurar caras)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hires fix with an upscaler or a resize the app does not offer (set: the first pass only; an upscaler model: put its .safetensors in models/ESRGAN or pick it under Hires fix › Upscaler, then restore again; a resize: stipple-cli generate --hires-resize): %1</source>
        <translation>Hires fix con un ampliador o un redimensionado que la aplicación no ofrece (aplicado: solo la primera pasada; un modelo de ampliación: ponga su .safetensors en models/ESRGAN o elíjalo en Hires fix › Escalador y restaure de nuevo; un redimensionado: stipple-cli generate --hires-resize): %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LoRA not in your LoRA folder (%1): %2</source>
        <translation>LoRA que no está en tu carpeta de LoRA (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypernetworks are not loaded: %1</source>
        <translation>Las hiperredes no se cargan: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VAE: made with the model&apos;s own VAE; %1 is chosen in Model ▸ VAE</source>
        <translation>VAE: hecha con el VAE propio del modelo; %1 está elegido en Modelo ▸ VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE: made with %1 (choose it in Model ▸ VAE)</source>
        <translation>VAE: hecha con %1 (elígelo en Modelo ▸ VAE)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose another model: the library lists your recent models first, then every checkpoint, LoRA, embedding and VAE in your model folders (type to filter).</source>
        <translation>Haz clic para elegir otro modelo: la biblioteca muestra primero tus modelos recientes y luego cada checkpoint, LoRA, embedding y VAE de tus carpetas de modelos (escribe para filtrar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no model — choose one…)</source>
        <translation>(sin modelo — elige uno…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stipple Shapes (built-in)</source>
        <translation>Stipple Shapes (integrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stipple&apos;s own small model: coloured shapes on plain backgrounds, fast on any CPU — the classroom demo.</source>
        <translation>El pequeño modelo propio de Stipple: formas de colores sobre fondos lisos, rápido en cualquier CPU; la demostración para clase.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prompt length in tokens, and the length of the %1-token chunks it fills, as AUTOMATIC1111 counts. A longer prompt adds a chunk; nothing is cut off.</source>
        <translation>Longitud del prompt en tokens, y la de los bloques de %1 tokens que llena, contadas como en AUTOMATIC1111. Un prompt más largo añade un bloque; no se corta nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>Longitud del prompt en tokens y cuántos lee el codificador de texto del modelo. Las palabras que pasan de ahí se ignoran; una nota bajo el prompt dice cuáles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This model does not know: %1. It draws only what its vocabulary names (see Examples).</source>
        <translation>Este modelo no conoce: %1. Solo dibuja lo que nombra su vocabulario (vea Ejemplos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the model&apos;s %1-token limit, ignored: “%2”</source>
        <translation>Más allá del límite de %1 tokens del modelo, ignorado: «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chunk %1 (BREAK) starts at: “%2”</source>
        <translation>El bloque %1 (BREAK) empieza en: «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chunk %1 starts at: “%2”</source>
        <translation>El bloque %1 empieza en: «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… %1 chunks in all</source>
        <translation>… %1 bloques en total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Describe the shapes, e.g. &quot;%1&quot;</source>
        <translation>Describa las formas, p. ej. «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aborting…</source>
        <translation>Interrumpiendo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue: empty</source>
        <translation>Cola: vacía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue: %1 waiting</source>
        <translation>Cola: %1 en espera</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>guidance %L1</source>
        <translation>guía %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
    </message>
    <message>
        <location line="-638"/>
        <source>Model library…</source>
        <translation>Biblioteca de modelos…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PipelineStrip</name>
    <message>
        <location filename="../ui/pipeline_strip.cpp" line="+35"/>
        <source>Pipeline</source>
        <translation>Proceso</translation>
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
        <translation>Codificador de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNet loop</source>
        <translation>Bucle UNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your words</source>
        <translation>tus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words → numbers</source>
        <translation>palabras → números</translation>
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
        <translation>números → significado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× N steps</source>
        <translation>× N pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 / %2</source>
        <translation>paso %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× 1 step</source>
        <translation>× 1 paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>× %1 steps</source>
        <translation>× %1 pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent → pixels</source>
        <translation>latente → píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding the prompt</source>
        <translation>Codificando el prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoising, step %1 of %2</source>
        <translation>Eliminando ruido, paso %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denoising</source>
        <translation>Eliminando ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding with the VAE</source>
        <translation>Decodificando con el VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PngImporter</name>
    <message>
        <location filename="../ui/png_import.cpp" line="+356"/>
        <source>1 image imported.</source>
        <translation>1 imagen importada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images imported.</source>
        <translation>%1 imágenes importadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was already in the history.</source>
        <translation>1 ya estaba en el historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were already in the history.</source>
        <translation>%1 ya estaban en el historial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had no parameters Stipple can read (imported as images only).</source>
        <translation>%1 no tenían parámetros que Stipple pueda leer (importadas solo como imágenes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Cancelado: se omitieron los archivos que aún no se habían leído.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not store some images: %1</source>
        <translation>El historial no pudo guardar algunas imágenes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file could not be read:</source>
        <translation>No se pudo leer 1 archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be read:</source>
        <translation>No se pudieron leer %1 archivos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more</source>
        <translation>  … y %1 más</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder of PNG images</source>
        <translation>Importar una carpeta de imágenes PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading images…</source>
        <translation>Leyendo imágenes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Import PNG folder</source>
        <translation>Importar carpeta PNG</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2 images…</source>
        <translation>Importando %1 de %2 imágenes…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PresenterWindow</name>
    <message>
        <location filename="../ui/presenter_window.cpp" line="+49"/>
        <source>Stipple — Presenter view</source>
        <translation>Stipple — Vista de presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the presenter view</source>
        <translation>Salir de la vista de presentación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tep</source>
        <translation>Pas&amp;o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step scrubber</source>
        <translation>Control de pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the picture at every step of the run, from noise to the result.</source>
        <translation>Arrastra para ver la imagen en cada paso de la ejecución, del ruido al resultado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
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
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the seed above is used again. Off: every Generate draws a new one.</source>
        <translation>Activado: se vuelve a usar la semilla de arriba. Desactivado: cada generación saca una nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale</source>
        <translation>Escala de guía</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Seed</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;eps</source>
        <translation>P&amp;asos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide the result until the end</source>
        <translation>Ocul&amp;tar el resultado hasta el final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first: the picture stays blank while the run goes and appears when it ends; then the scrubber shows every step.</source>
        <translation>Predecir primero: la imagen queda en blanco mientras dura la ejecución y aparece al terminar; después el control muestra cada paso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ge&amp;nerate</source>
        <translation>Gene&amp;rar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>I&amp;nterrumpir</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>La generación falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted — nothing saved</source>
        <translation>Interrumpido: no se guardó nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predict first: what will the picture show?

It appears when the run ends.</source>
        <translation>Predice primero: ¿qué mostrará la imagen?

Aparece cuando termina la ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture appears here.

Write a prompt and press Generate.</source>
        <translation>La imagen aparecerá aquí.

Escribe un prompt y pulsa Generar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Step %1 of %2 · hidden</source>
        <translation>Paso %1 de %2 · oculto</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Hidden until the end</source>
        <translation>Oculto hasta el final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+14"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview caption</source>
        <translation>Título de la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denoised estimate (x₀)</source>
        <translation>Estimación sin ruido (x₀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noisy latent (xₜ)</source>
        <translation>Latente con ruido (xₜ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview shows</source>
        <translation>La vista previa muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the live preview shows: the model&apos;s current guess of the finished image (x₀), or the noisy latent the sampler is actually working on (xₜ).</source>
        <translation>Lo que muestra la vista previa en directo: la estimación actual del modelo de la imagen terminada (x₀), o el latente con ruido sobre el que trabaja realmente el muestreador (xₜ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Fast preview (latent → RGB)</source>
        <translation>Vista previa rápida (latente → RGB)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>TAESD preview</source>
        <translation>Vista previa TAESD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview decoder</source>
        <translation>Decodificador de la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How previews are decoded: a nearly free linear approximation, or TAESD, a tiny decoder that looks much closer to the final image (needs TAESD weights beside the model).</source>
        <translation>Cómo se decodifican las vistas previas: una aproximación lineal casi gratuita, o TAESD, un decodificador diminuto que se parece mucho más a la imagen final (necesita los pesos de TAESD junto al modelo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full VAE: off</source>
        <translation>VAE completo: desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE every </source>
        <translation>VAE completo cada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE preview every N steps</source>
        <translation>Vista previa con el VAE completo cada N pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode the preview with the real VAE every N steps: exact colours and detail, but slow on large models. 0 turns it off.</source>
        <translation>Decodificar la vista previa con el VAE real cada N pasos: colores y detalle exactos, pero lento en modelos grandes. 0 lo desactiva.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview image</source>
        <translation>Imagen de vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>Tu imagen aparecerá aquí.

Escribe un prompt y pulsa Generar (Ctrl+Intro).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step timeline</source>
        <translation>Línea de tiempo de los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step timeline: drag to see the preview of every step of the current image.</source>
        <translation>Línea de tiempo de los pasos: arrastra para ver la vista previa de cada paso de la imagen actual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown step</source>
        <translation>Paso mostrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>▶ Replay</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Replay every step slowly, from noise to the result: for a class, where twenty steps go by in a blink.</source>
        <translation>Reproducir despacio cada paso, del ruido al resultado: para una clase, donde veinte pasos pasan en un instante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the steps</source>
        <translation>Reproducir los pasos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SNR</source>
        <translation>Curva SNR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the noise schedule</source>
        <translation>Mostrar el programa de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the model&apos;s noise schedule (ᾱ and SNR) under the timeline, with a tick where each step of the run sits.</source>
        <translation>Mostrar u ocultar el programa de ruido del modelo (ᾱ y SNR) bajo la línea de tiempo, con una marca donde cae cada paso de la ejecución.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step timing</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fast preview (full VAE)</source>
        <translation>Vista previa rápida (VAE completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model&apos;s VAE decodes in a few milliseconds, so every step is previewed with it: exactly the result&apos;s colours.</source>
        <translation>El VAE de este modelo decodifica en pocos milisegundos, así que cada paso se previsualiza con él: exactamente los colores del resultado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model has no TAESD weights (taesd_decoder.safetensors).</source>
        <translation>Este modelo no tiene pesos de TAESD (taesd_decoder.safetensors).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting… (encoding the prompt)</source>
        <translation>Iniciando… (codificando el prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>Paso %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s/step · %2 elapsed · ETA %3</source>
        <translation>%1 s/paso · %2 transcurrido · faltan %3</translation>
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
        <translation>Paso %1/%2 · %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Starting… (loading the upscaler)</source>
        <translation>Iniciando… (cargando el escalador)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tile %1/%2</source>
        <translation>Tesela %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s/tile · %2 elapsed · ETA %3</source>
        <translation>%1 s/tesela · %2 transcurrido · faltan %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done in %1</source>
        <translation>Terminado en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Interrumpiendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting — nothing will be saved</source>
        <translation>Interrumpiendo: no se guardará nada</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PromptTokensWindow</name>
    <message>
        <location filename="../ui/prompt_tokens_window.cpp" line="+17"/>
        <source>%1 · %2/%3 tokens in 1 chunk</source>
        <translation>%1 · %2/%3 tokens en 1 bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 tokens in %4 chunks</source>
        <translation>%1 · %2/%3 tokens en %4 bloques</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Prompt as tokens</source>
        <translation>El prompt como tokens</translation>
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
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Each chip is one token the text encoder reads (hover for its id). Orange: emphasised with (word) or (word:1.5), the number under it is the weight; blue: weakened with [word]; purple: an embedding&apos;s vectors. The encoder reads the prompt in chunks of a fixed length; BREAK starts a new one.</source>
        <translation>Cada ficha es un token que lee el codificador de texto (pasa el ratón para ver su id). Naranja: reforzado con (palabra) o (palabra:1.5), el número de debajo es el peso; azul: atenuado con [palabra]; morado: los vectores de un embedding. El codificador lee el prompt en bloques de longitud fija; BREAK empieza uno nuevo.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ReguideTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+34"/>
        <source>Guidance view: re-guiding at %1</source>
        <translation>Vista de la guía: volviendo a guiar con %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedEdit</name>
    <message>
        <location filename="../ui/seed_edit.cpp" line="+41"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a seed (a whole number from 0 to 18446744073709551615).</source>
        <translation>Escribe una semilla (un número entero de 0 a 18446744073709551615).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A seed has digits only (0-9).</source>
        <translation>Una semilla solo tiene dígitos (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed is too large: the largest seed is 18446744073709551615 (2^64 - 1).</source>
        <translation>La semilla es demasiado grande: la mayor es 18446744073709551615 (2^64 − 1).</translation>
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
        <translation>Criba de semillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of seeds</source>
        <translation>Número de semillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many seeds to try (each keeps its paused run in memory until the dialog closes).</source>
        <translation>Cuántas semillas probar (cada una guarda su ejecución en pausa en memoria hasta que se cierre el diálogo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which seeds</source>
        <translation>Qué semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the current seed upward</source>
        <translation>Desde la semilla actual hacia arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seeds</source>
        <translation>Semillas aleatorias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at this share of the steps</source>
        <translation>Vista previa en esta parte de los pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> % of the steps</source>
        <translation> % de los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far each seed is rendered for its preview. The picked ones continue from there.</source>
        <translation>Hasta dónde se renderiza cada semilla para su vista previa. Las elegidas continúan desde ahí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode previews with the full VAE (slower, truer)</source>
        <translation>Decodificar las vistas previas con el VAE completo (más lento, más fiel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds:</source>
        <translation>Semillas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at:</source>
        <translation>Vista previa al:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render previews</source>
        <translation>Renderizar vistas previas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renders every seed to the chosen share of the steps with the main window&apos;s parameters.</source>
        <translation>Renderiza cada semilla hasta la parte de los pasos elegida con los parámetros de la ventana principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chosen</source>
        <translation>Continuar las elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishes the chosen seeds from where their previews stopped: the same images as full generations, saved and added to the gallery.</source>
        <translation>Termina las semillas elegidas desde donde se detuvieron sus vistas previas: las mismas imágenes que generaciones completas, guardadas y añadidas a la galería.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Render previews, then click the promising ones and continue them.</source>
        <translation>Renderiza vistas previas, luego haz clic en las prometedoras y continúalas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed previews</source>
        <translation>Vistas previas de las semillas</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model loaded: open a model first.</source>
        <translation>No hay ningún modelo cargado: abre primero un modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot render: %1</source>
        <translation>No se puede renderizar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no parameters</source>
        <translation>no hay parámetros</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 steps · %3 · CFG %4 · %5×%6</source>
        <translation>«%1» · %2 pasos · %3 · CFG %4 · %5×%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s sampler</source>
        <translation>el muestreador del modelo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering previews…</source>
        <translation>Renderizando vistas previas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the running job to finish…</source>
        <translation>Esperando a que termine el trabajo en curso…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishing 1 seed…</source>
        <translation>Terminando 1 semilla…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finishing %1 seeds…</source>
        <translation>Terminando %1 semillas…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>Interrumpiendo…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendering…</source>
        <translation>renderizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing…</source>
        <translation>terminando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 chosen</source>
        <translation>1 elegida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 chosen</source>
        <translation>%1 elegidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finishing seed %1 · step %2 of %3</source>
        <translation>Terminando la semilla %1 · paso %2 de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed %1 of %2 · step %3 of %4</source>
        <translation>Semilla %1 de %2 · paso %3 de %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1 of %2 previewed</source>
        <translation>Vista previa de la semilla %1 de %2 hecha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved seed %1</source>
        <translation>Semilla %1 guardada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 saved; continue again to finish the rest.</source>
        <translation>Interrumpido (imágenes guardadas: %1); vuelve a continuar para terminar el resto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 saved in the output folder and added to the gallery.</source>
        <translation>Hecho: imágenes guardadas en la carpeta de salida y añadidas a la galería: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 previews rendered.</source>
        <translation>Interrumpido: %1 de %2 vistas previas renderizadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the promising ones, then Continue the chosen.</source>
        <translation>Haz clic en las prometedoras y luego en «Continuar las elegidas».</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: Pictures/Stipple</source>
        <translation>Predeterminado: Imágenes/Stipple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every result is saved, in one folder per day (YYYY-MM-DD).</source>
        <translation>Dónde se guarda cada resultado, en una carpeta por día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder</source>
        <translation>Carpeta de &amp;salida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for generation. Automatic uses one per physical core.</source>
        <translation>Hilos de CPU para generar. Automático usa uno por núcleo físico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads</source>
        <translation>&amp;Hilos de CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (bfloat16 for large models where it is faster)</source>
        <translation>Automático (bfloat16 para modelos grandes cuando es más rápido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (exact, more memory)</source>
        <translation>float32 (exacto, más memoria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the memory)</source>
        <translation>bfloat16 (la mitad de memoria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the model weights. Applies the next time a model is loaded.</source>
        <translation>Precisión de los pesos del modelo. Se aplica la próxima vez que se cargue un modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision</source>
        <translation>&amp;Precisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of Stipple&apos;s windows. Applies the next time Stipple starts.</source>
        <translation>El idioma de las ventanas de Stipple. Se aplica la próxima vez que se inicie Stipple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU (as diffusers and ComfyUI)</source>
        <translation>Procesador (como diffusers y ComfyUI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (as AUTOMATIC1111 on NVIDIA)</source>
        <translation>Tarjeta gráfica (como AUTOMATIC1111 en NVIDIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the starting noise of a seed comes from. The same seed gives a different image with each: CPU matches diffusers and ComfyUI, GPU matches AUTOMATIC1111&apos;s default (computed here on the CPU, written as &quot;RNG: NV&quot;). An opened image uses its own.</source>
        <translation>De dónde viene el ruido inicial de una semilla. La misma semilla da una imagen distinta con cada uno: procesador coincide con diffusers y ComfyUI, tarjeta gráfica con el valor por defecto de AUTOMATIC1111 (calculado aquí en el procesador, escrito «RNG: NV»). Una imagen abierta usa el suyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random numbers</source>
        <translation>Números aleatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random numbers</source>
        <translation>&amp;Números aleatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTOMATIC1111: (word:1.2), BREAK, any length</source>
        <translation>AUTOMATIC1111: (palabra:1.2), BREAK, cualquier longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusers: text as written, cut at the limit</source>
        <translation>Diffusers: texto tal cual, cortado en el límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a prompt becomes what the model reads. AUTOMATIC1111&apos;s syntax weights words and reads long prompts in chunks; Diffusers passes the text as it is and ignores what is past the text encoder&apos;s limit.</source>
        <translation>Cómo un prompt se convierte en lo que lee el modelo. La sintaxis de AUTOMATIC1111 pondera palabras y lee los prompts largos en bloques; Diffusers pasa el texto tal cual e ignora lo que supera el límite del codificador de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt syntax</source>
        <translation>Sintaxis del prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt s&amp;yntax</source>
        <translation>S&amp;intaxis del prompt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model &amp;folders</source>
        <translation>&amp;Carpetas de modelos</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Model folders</source>
        <translation>Carpetas de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a models folder</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Folders the model library scans besides %1, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>Carpetas que la biblioteca de modelos explora además de %1, p. ej. la carpeta models de AUTOMATIC1111 (se leen sus subcarpetas Stable-diffusion, Lora, embeddings y VAE).</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SnrPlot</name>
    <message>
        <location filename="../ui/snr_plot.cpp" line="+49"/>
        <source>Noise schedule: ᾱ and SNR over t</source>
        <translation>Programa de ruido: ᾱ y SNR según t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s noise schedule. Blue: the signal-to-noise ratio SNR = ᾱ/(1−ᾱ), log scale (left). Orange: ᾱ, the share of the image left at step t (right). Where SNR falls below 1, noise outweighs the image.</source>
        <translation>El programa de ruido del modelo. Azul: la relación señal-ruido SNR = ᾱ/(1−ᾱ), escala logarítmica (izquierda). Naranja: ᾱ, la parte de la imagen que queda en el paso t (derecha). Donde la SNR cae por debajo de 1, el ruido pesa más que la imagen.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Load a model to see its noise schedule.</source>
        <translation>Carga un modelo para ver su programa de ruido.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR (log scale)</source>
        <translation>SNR (escala log.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ᾱ (image left)</source>
        <translation>ᾱ (imagen restante)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR(%1) = 0</source>
        <translation>SNR(%1) = 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SNR = 1 at t = %1</source>
        <translation>SNR = 1 en t = %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>t = %1 · ᾱ = %2 · SNR = %3</source>
        <translation>t = %1 · ᾱ = %2 · SNR = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noise schedule of the model (T = %1)</source>
        <translation>Programa de ruido del modelo (T = %1)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SweepDialog</name>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>X axis</source>
        <translation>Eje X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis</source>
        <translation>Eje Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X axis values</source>
        <translation>Valores del eje X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis values</source>
        <translation>Valores del eje Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;model…</source>
        <translation>Añadir &amp;modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model to the Model axis: a recent one, a .safetensors file or a diffusers folder. The sweep loads the models one at a time and puts yours back afterwards.</source>
        <translation>Añadir un modelo al eje Modelo: uno reciente, un archivo .safetensors o una carpeta diffusers. El barrido carga los modelos de uno en uno y después vuelve a cargar el tuyo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;X axis:</source>
        <translation>Eje &amp;X:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X &amp;values:</source>
        <translation>&amp;Valores X:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Y axis:</source>
        <translation>Eje &amp;Y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y va&amp;lues:</source>
        <translation>Va&amp;lores Y:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>I&amp;nterrumpir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve grid…</source>
        <translation>&amp;Guardar cuadrícula…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use cell&apos;s parameters</source>
        <translation>&amp;Usar los parámetros de la celda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open cell</source>
        <translation>&amp;Abrir celda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected cell&apos;s prompt, seed and settings into the main window.</source>
        <translation>Llevar el prompt, la semilla y los ajustes de la celda seleccionada a la ventana principal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep progress</source>
        <translation>Progreso del barrido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep grid</source>
        <translation>Cuadrícula del barrido</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading model %1 of %2: %3…</source>
        <translation>Cargando modelo %1 de %2: %3…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sweep failed: %1</source>
        <translation>El barrido falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 cells done.</source>
        <translation>Interrumpido: %1 de %2 celdas hechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 cells. Click a cell to select it, double-click to open it.</source>
        <translation>Hecho: %1 celdas. Haz clic en una celda para seleccionarla y doble clic para abrirla.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 × %2 = %3 cells, %4 steps in all.</source>
        <translation>%1 × %2 = %3 celdas, %4 pasos en total.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Model &amp;file…</source>
        <translation>&amp;Archivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model file</source>
        <translation>Añadir un archivo de modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model f&amp;older…</source>
        <translation>Ca&amp;rpeta de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a diffusers model folder</source>
        <translation>Añadir una carpeta de modelo diffusers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the X values: a list or a range.</source>
        <translation>Indica los valores X: una lista o un intervalo.</translation>
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
        <translation>Abre primero un modelo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendering %1 cells…</source>
        <translation>Generando %1 celdas…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Sweep cell %1</source>
        <translation>Celda %1 del barrido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use these parameters</source>
        <translation>&amp;Usar estos parámetros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finished cells to save.</source>
        <translation>No hay celdas terminadas que guardar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save sweep grid</source>
        <translation>Guardar la cuadrícula del barrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TokenChipsView</name>
    <message>
        <location filename="../ui/token_chips.cpp" line="+87"/>
        <source>Chunk %1 · %2 of %3 tokens</source>
        <translation>Bloque %1 · %2 de %3 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>begins at BREAK</source>
        <translation>empieza en BREAK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the words after its last comma moved on</source>
        <translation>las palabras tras su última coma pasaron al siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest is padding</source>
        <translation>el resto es relleno</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>chunk %1, position %2</source>
        <translation>bloque %1, posición %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding “%1”: vector %2 of %3 · weight %4 · %5</source>
        <translation>Embedding «%1»: vector %2 de %3 · peso %4 · %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” · id %2 · weight %3 · %4</source>
        <translation>«%1» · id %2 · peso %3 · %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and 1 more token, not shown</source>
        <translation>… y 1 token más, no mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more tokens, not shown</source>
        <translation>… y %1 tokens más, no mostrados</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train_dialog.cpp" line="+54"/>
        <source>Train a tiny model</source>
        <translation>Entrenar un modelo diminuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each run makes a new model folder in here.</source>
        <translation>Cada ejecución crea aquí una carpeta de modelo nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>Save tiny models in</source>
        <translation>Guardar los modelos diminutos en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model to train</source>
        <translation>Modelo que entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: 6 colours, 3 shapes, 32×32 pixels (about 10 minutes)</source>
        <translation>Aula: 6 colores, 3 formas, 32×32 píxeles (unos 10 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small model of the built-in kind, trained from scratch on pictures Stipple draws: first its tokenizer and text encoder, then its VAE, then the denoising UNet.</source>
        <translation>Un modelo pequeño del tipo del integrado, entrenado desde cero con imágenes que dibuja Stipple: primero su tokenizador y su codificador de texto, luego su VAE y después la UNet de eliminación de ruido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops after the current step; the model exported last stays usable.</source>
        <translation>Se detiene tras el paso actual; el último modelo exportado sigue siendo utilizable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open as model</source>
        <translation>Abrir como modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads the trained model in the main window, to generate with it.</source>
        <translation>Carga el modelo entrenado en la ventana principal para generar con él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start trains a new model from scratch. The loss and sample pictures appear as it learns.</source>
        <translation>«Iniciar» entrena un modelo nuevo desde cero. La pérdida y las imágenes de muestra aparecen mientras aprende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tokenizer</source>
        <translation>tokenizador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text encoder</source>
        <translation>codificador de texto</translation>
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
        <translation>difusión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample pictures</source>
        <translation>Imágenes de muestra</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Samples (the same prompts and seed as it trains)</source>
        <translation>Muestras (los mismos prompts y la misma semilla durante el entrenamiento)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot make the folder &apos;%1&apos;: choose another one.</source>
        <translation>No se puede crear la carpeta «%1»: elige otra.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The app is shutting down.</source>
        <translation>La aplicación se está cerrando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the running job to finish…</source>
        <translation>Esperando a que termine el trabajo en curso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: making the tokenizer…</source>
        <translation>Iniciando: creando el tokenizador…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening %1 in the main window.</source>
        <translation>Abriendo %1 en la ventana principal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the dialog was closed.</source>
        <translation>Detenido: se cerró el diálogo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>Codificador de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusion</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the tokenizer from generated captions…</source>
        <translation>Creando el tokenizador a partir de descripciones generadas…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 step %2/%3 · loss %4 · %5 elapsed · about %6 left</source>
        <translation>%1 paso %2/%3 · pérdida %4 · %5 transcurrido · quedan unos %6</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered in %1 s with %2 sampler steps</source>
        <translation>Renderizado en %1 s con %2 pasos del muestreador</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1 diffusion steps in %2 (samples took %3 s). The model is in %4.</source>
        <translation>Hecho: %1 pasos de difusión en %2 (las muestras tardaron %3 s). El modelo está en %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped at diffusion step %1. The model exported last is in %2.</source>
        <translation>Detenido en el paso de difusión %1. El último modelo exportado está en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first model was exported: there is nothing to open yet.</source>
        <translation>Detenido antes de exportar el primer modelo: todavía no hay nada que abrir.</translation>
    </message>
</context>
<context>
    <name>stipple::ui::UpscaleDialog</name>
    <message>
        <location filename="../ui/upscale_dialog.cpp" line="+30"/>
        <source>Upscale %1</source>
        <translation>Ampliar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaler</source>
        <translation>Escalador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanczos and Nearest resample the pixels. ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail.</source>
        <translation>Lanczos y Nearest remuestrean los píxeles. Los modelos ESRGAN y Real-ESRGAN (.safetensors en models/ESRGAN, models/RealESRGAN o models/upscale_models) dibujan detalles nuevos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upscale by</source>
        <translation>Ampliar por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each side is multiplied by this, then rounded down to a multiple of 8 (as AUTOMATIC1111 does).</source>
        <translation>Cada lado se multiplica por esto y se redondea hacia abajo a un múltiplo de 8 (como hace AUTOMATIC1111).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upscaler:</source>
        <translation>&amp;Escalador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upscale</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking for upscaler models in the library folders…</source>
        <translation>Buscando modelos de escalado en las carpetas de la biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upscaler models found. Put ESRGAN or Real-ESRGAN .safetensors files in models/ESRGAN to use them here.</source>
        <translation>No se encontraron modelos de escalado. Pon archivos .safetensors de ESRGAN o Real-ESRGAN en models/ESRGAN para usarlos aquí.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: refused, %2</source>
        <translation>%1: rechazado, %2</translation>
    </message>
</context>
</TS>
