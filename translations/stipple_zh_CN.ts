<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoisingTask</name>
    <message>
        <location filename="../ui/noising_task.cpp" line="+29"/>
        <source>Forward noising, t = %1</source>
        <translation>前向加噪，t = %1</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+78"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>提示词的词元数，以及模型文本编码器能读取的数量。超出部分会被忽略；提示词下方的说明会指出是哪些。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+25"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/history_store.cpp" line="+124"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>无法打开历史记录数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the history table in %1: %2</source>
        <translation>无法在 %1 中创建历史记录表：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>无法更新历史记录数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+42"/>
        <source>e.g. 1-8 or 42, 1234, 99</source>
        <translation>例如 1-8 或 42, 1234, 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1-96:5 (every 5th from 1 to 96) or 10, 20, 30</source>
        <translation>例如 1-96:5（从 1 到 96 每隔 5 个）或 10, 20, 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2-20:3 or 3.5, 7, 12</source>
        <translation>例如 2-20:3 或 3.5, 7, 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</source>
        <translation>例如 &quot;Euler a&quot;, &quot;DPM++ 2M Karras&quot;, DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one prompt per line</source>
        <translation>每行一个提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one negative prompt per line</source>
        <translation>每行一个反向提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 512x512, 768x512</source>
        <translation>例如 512x512, 768x512</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one model file or folder per line (Add model…)</source>
        <translation>每行一个模型文件或文件夹（添加模型…）</translation>
    </message>
    <message>
        <location filename="../ui/checkpoint_import.cpp" line="+39"/>
        <source>Out of memory while converting %1.</source>
        <translation>转换 %1 时内存不足。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="+125"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A different file named %1 is already in %2; rename one of them.</source>
        <translation>%2 中已有另一个名为 %1 的文件；请重命名其中一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy %1 into %2 (is the disk full?)</source>
        <translation>无法将 %1 复制到 %2（磁盘已满？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy %1 into %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
</context>
<context>
    <name>SamplerCatalog</name>
    <message>
        <location filename="../core/schedulers/scheduler_registry.cpp" line="+44"/>
        <source>Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.</source>
        <translation>Euler 祖先采样（ancestral）：每一步都加入新的噪声。富有创意且速度快，但图像会随步数变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euler: the simplest deterministic sampler. Good quality at 20-30 steps.</source>
        <translation>Euler：最简单的确定性采样器。20–30 步即可获得良好质量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.</source>
        <translation>线性多步法（LMS）：复用之前的步骤以提高精度。步数很少时可能不稳定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heun: a second-order method, two model calls per step. High quality, twice as slow.</source>
        <translation>Heun：二阶方法，每步调用两次模型。质量高，但速度慢一倍。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM2: a second-order DPM-Solver, two model calls per step.</source>
        <translation>DPM2：二阶 DPM-Solver，每步调用两次模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.</source>
        <translation>DPM++ 2M：快速的二阶多步求解器。20–30 步即可获得出色质量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.</source>
        <translation>DPM++ 2M SDE：DPM++ 2M 的随机版本；会加入噪声，细节更多、变化更丰富。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DDIM: the classic deterministic sampler from the original Stable Diffusion release.</source>
        <translation>DDIM：最初 Stable Diffusion 版本中的经典确定性采样器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.</source>
        <translation>PLMS（PNDM）：伪线性多步法，最初 SD 1.x 版本的默认采样器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UniPC: a predictor-corrector solver that converges in very few steps (10-20).</source>
        <translation>UniPC：预测-校正求解器，只需很少的步数（10–20 步）即可收敛。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.</source>
        <translation>LCM：仅适用于潜在一致性模型（LCM）；2–8 步，CFG 约为 1–2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDPM: the original ancestral sampler; needs many steps (100+).</source>
        <translation>DDPM：最初的祖先采样器；需要很多步（100 步以上）。</translation>
    </message>
    <message>
        <location filename="../ui/sampler_catalog.cpp" line="+22"/>
        <source>Sampler %1.</source>
        <translation>采样器 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Karras schedule: smaller noise steps near the end, usually cleaner details.</source>
        <translation>Karras 噪声计划：接近结束时噪声步长更小，细节通常更干净。</translation>
    </message>
</context>
<context>
    <name>SeedTriageTask</name>
    <message>
        <location filename="../ui/seed_triage_task.cpp" line="+83"/>
        <source>Seed triage: finishing 1 seed</source>
        <translation>种子筛选：正在完成 1 个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: finishing %1 seeds</source>
        <translation>种子筛选：正在完成 %1 个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: 1 seed</source>
        <translation>种子筛选：1 个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed triage: %1 seeds</source>
        <translation>种子筛选：%1 个种子</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The model changed since the previews were rendered: render them again.</source>
        <translation>渲染预览之后模型已更换：请重新渲染预览。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No previews to continue from: render them first.</source>
        <translation>没有可继续的预览：请先渲染预览。</translation>
    </message>
</context>
<context>
    <name>SweepAxis</name>
    <message>
        <location filename="../ui/sweep_axis_titles.cpp" line="+10"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG scale</source>
        <translation>引导系数（CFG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation seed</source>
        <translation>变化种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variation strength</source>
        <translation>变化强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../ui/timeline_export.cpp" line="+53"/>
        <source>There is no timeline to save yet: generate an image first.</source>
        <translation>还没有可保存的时间轴：请先生成一张图像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file name ending in .gif (animated GIF) or .mp4 (video).</source>
        <translation>请选择以 .gif（GIF 动图）或 .mp4（视频）结尾的文件名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as MPEG-4 Part 2: this system&apos;s OpenCV has no H.264 encoder, so browsers and slide software may not play it. GIF plays everywhere.</source>
        <translation>已保存为 MPEG-4 Part 2：本系统的 OpenCV 没有 H.264 编码器，浏览器和演示软件可能无法播放。GIF 到处都能播放。</translation>
    </message>
</context>
<context>
    <name>TrainTask</name>
    <message>
        <location filename="../ui/train_task.cpp" line="+19"/>
        <source>Training a tiny model</source>
        <translation>正在训练微型模型</translation>
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
        <translation>用法：stipple [选项]
Stipple %1：文本生成图像扩散模型的桌面工作室。

选项：
  --model 路径    打开模型（diffusers 文件夹或 .safetensors 检查点）
  --threads N     生成所用的 CPU 线程数（默认：物理核心数）
  --lang 代码     界面语言：en、de、fr、es 或 zh_CN（默认：跟随系统）
  --version       输出“stipple &lt;版本&gt;”并退出
  --help          显示此帮助并退出

环境变量：STIPPLE_OUTPUT_DIR（图像保存位置）、STIPPLE_DATA_DIR（历史记录、设置）。
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open the model at PATH.</source>
        <translation>打开 PATH 处的模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads (default: cores).</source>
        <translation>CPU 线程数（默认：核心数）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language: en, de, fr, es or zh_CN.</source>
        <translation>界面语言：en、de、fr、es 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (see --help)</source>
        <translation>%1（参见 --help）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threads needs a positive integer, got &quot;%1&quot;</source>
        <translation>--threads 需要一个正整数，收到的是“%1”</translation>
    </message>
</context>
<context>
    <name>stipple::ui</name>
    <message>
        <location filename="../ui/lockstep_captions.cpp" line="+34"/>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG %1</source>
        <translation>CFG %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s sampler</source>
        <translation>模型自带的采样器</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown settings (no parameters in the image)</source>
        <translation>设置未知（图像中没有参数）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Prompt: only the shared words</source>
        <translation>提示词：只有共同的词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: +%1</source>
        <translation>提示词：+%1</translation>
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
        <translation>文本生成图像扩散模型的桌面工作室：输入提示词，看图像如何一步步从噪声中浮现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model, prompt, seed, sampler and steps: the same image as Hugging Face diffusers.</source>
        <translation>相同的模型、提示词、种子、采样器和步数：得到与 Hugging Face diffusers 完全相同的图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>构建信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compiler</source>
        <translation>编译器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (physical cores: %2)</source>
        <translation>%1（物理核心：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory layout</source>
        <translation>内存布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured when a full-size model is first loaded, then remembered</source>
        <translation>首次加载完整尺寸模型时测量，之后记住</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>注意力计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix products (this CPU has neither AVX2 nor AVX-512)</source>
        <translation>矩阵乘法（此 CPU 既无 AVX2 也无 AVX-512）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Windows, widgets, settings, history database</source>
        <translation>窗口、控件、设置、历史记录数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensors and neural-network maths</source>
        <translation>张量与神经网络运算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast matrix multiplication on the CPU</source>
        <translation>CPU 上的快速矩阵乘法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files, resizing, colour conversion</source>
        <translation>图像文件、缩放、颜色转换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer of the built-in model</source>
        <translation>内置模型的分词器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading model configuration files</source>
        <translation>读取模型配置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode text handling for the CLIP tokenizer</source>
        <translation>为 CLIP 分词器处理 Unicode 文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 model hashes</source>
        <translation>模型的 SHA-256 哈希值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG text chunks</source>
        <translation>PNG 文本块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History database (through Qt SQL)</source>
        <translation>历史记录数据库（通过 Qt SQL）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading prompts for single-file Stable Diffusion checkpoints (shipped with Stipple)</source>
        <translation>读取单文件 Stable Diffusion 检查点的提示词（随 Stipple 提供）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharper live previews, when its weights sit beside a model</source>
        <translation>更清晰的实时预览（需将其权重放在模型旁边）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stipple is free software under the MIT license: you may use, copy, change and share it, also commercially, as long as the copyright notice and the license text below go with it (the Debian package keeps them in /usr/share/doc/stipple/copyright).</source>
        <translation>Stipple 是采用 MIT 许可证的自由软件：你可以使用、复制、修改和分享它，包括用于商业用途，只要同时附上版权声明和下方的许可证文本（Debian 软件包把它们放在 /usr/share/doc/stipple/copyright）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trained by the Stipple project from scratch on synthetic pictures of coloured shapes drawn by Stipple itself (no photographs, no scraped images). Its weights are distributed under the MIT license, like Stipple&apos;s code.</source>
        <translation>由 Stipple 项目从零开始训练，训练数据是 Stipple 自己绘制的彩色图形合成图片（没有照片，也没有从网上抓取的图像）。其权重与 Stipple 的代码一样，以 MIT 许可证分发。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Built-in model “Stipple Shapes”</source>
        <translation>内置模型“Stipple Shapes”</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>matrix products; a fused kernel (%1) on request (--attention fused)</source>
        <translation>矩阵乘法；可按需使用融合内核（%1）（--attention fused）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models you open yourself (Stable Diffusion and others) come with their own licenses; read them before sharing what you make.</source>
        <translation>您自己打开的模型（Stable Diffusion 等）有各自的许可证；分享作品前请先阅读。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stipple&apos;s license (MIT)</source>
        <translation>Stipple 的许可证（MIT）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>About Stipple</source>
        <translation>关于 Stipple</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stipple logo</source>
        <translation>Stipple 徽标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licenses</source>
        <translation>许可证(&amp;L)</translation>
    </message>
</context>
<context>
    <name>stipple::ui::CompareDialog</name>
    <message>
        <location filename="../ui/compare_dialog.cpp" line="+18"/>
        <source>Compare %1 images</source>
        <translation>比较 %1 张图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All images use the same zoom and scroll together.</source>
        <translation>所有图像使用相同的缩放比例，并同步滚动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read this image</source>
        <translation>无法读取此图像</translation>
    </message>
</context>
<context>
    <name>stipple::ui::DivergingLegend</name>
    <message>
        <location filename="../ui/diverging_legend.cpp" line="+16"/>
        <source>Red: the prompt makes this part brighter than the negative prompt does; blue: darker; near white: the same. Amplified per step so the strongest differences reach full colour.</source>
        <translation>红色：提示词使此处比反向提示词更亮；蓝色：更暗；接近白色：相同。每一步单独放大，使最大的差异达到满色。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>darker with the prompt</source>
        <translation>有提示词时更暗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brighter</source>
        <translation>更亮</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ErrorBanner</name>
    <message>
        <location filename="../ui/error_banner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>stipple::ui::FaceDetailPanel</name>
    <message>
        <location filename="../ui/face_detail_panel.cpp" line="+22"/>
        <source>Face deta&amp;iler</source>
        <translation>面部细化(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detailer</source>
        <translation>面部细化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the image is made, every face found in it is redrawn at the full image size and pasted back: small faces get their eyes and mouths right (the ADetailer approach). Or a face restoration model file (GFPGAN or CodeFormer) restores them instead.</source>
        <translation>图像生成后，其中找到的每张面孔都会以完整图像尺寸重新绘制并贴回：小面孔也能得到正确的眼睛和嘴巴（ADetailer 的方法）。也可以改用面部修复模型文件（GFPGAN 或 CodeFormer）来修复它们。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redraw with the model (ADetailer)</source>
        <translation>用模型重新绘制（ADetailer）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is drawn again by the loaded model, at the full image size, with the face prompt.</source>
        <translation>每张面孔都由已加载的模型以完整图像尺寸、使用面部提示词重新绘制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore with a model file (GFPGAN/CodeFormer ONNX)…</source>
        <translation>用模型文件修复（GFPGAN/CodeFormer ONNX）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each face is restored by a GFPGAN or CodeFormer network you have as an .onnx file (AUTOMATIC1111&apos;s &quot;Restore faces&quot;). No diffusion steps: quick, but the face keeps the network&apos;s look.</source>
        <translation>每张面孔由您拥有的 .onnx 格式 GFPGAN 或 CodeFormer 网络修复（AUTOMATIC1111 的“Restore faces”）。没有扩散步骤：很快，但面孔会带有该网络的风格。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faces</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image&apos;s prompt</source>
        <translation>图像自身的提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the faces should look like, e.g. &quot;a smiling face, detailed eyes&quot;; empty uses the image&apos;s own prompt.</source>
        <translation>面部应有的样子，例如“a smiling face, detailed eyes”；留空则使用图像自身的提示词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face prompt</source>
        <translation>面部提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;ce prompt</source>
        <translation>面部提示词(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one.</source>
        <translation>每张脸被重画的程度：0.3 保留原脸，0.6 画出新脸。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face denoising strength</source>
        <translation>面部去噪强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face stren&amp;gth</source>
        <translation>面部强度(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a GFPGAN or CodeFormer .onnx file</source>
        <translation>GFPGAN 或 CodeFormer 的 .onnx 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The face restoration network as an ONNX file: GFPGAN (one 512x512 input) or CodeFormer (that and a fidelity weight).</source>
        <translation>ONNX 格式的面部修复网络：GFPGAN（一个 512x512 输入）或 CodeFormer（该输入加一个保真度权重）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration model file</source>
        <translation>面部修复模型文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the face restoration model file</source>
        <translation>选择面部修复模型文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model file</source>
        <translation>模型文件(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of each restored face is blended in: 1 = all of it, 0.5 = half restored, half as drawn (AUTOMATIC1111&apos;s &quot;GFPGAN visibility&quot; / &quot;CodeFormer visibility&quot;).</source>
        <translation>每张修复后的面孔混入多少：1 = 全部，0.5 = 一半修复、一半保持原样（AUTOMATIC1111 的“GFPGAN visibility”/“CodeFormer visibility”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face restoration visibility</source>
        <translation>面部修复可见度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility</source>
        <translation>可见度(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CodeFormer only: 0 = the strongest restoration, 1 = closest to the face as drawn (AUTOMATIC1111&apos;s &quot;CodeFormer weight&quot;).</source>
        <translation>仅 CodeFormer：0 = 最强修复，1 = 最接近所绘面孔（AUTOMATIC1111 的“CodeFormer weight”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CodeFormer weight</source>
        <translation>CodeFormer 权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeFormer &amp;weight</source>
        <translation>CodeFormer 权重(&amp;W)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Face restoration model</source>
        <translation>面部修复模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Face restoration: choose a GFPGAN or CodeFormer .onnx model file, or redraw the faces with the model.</source>
        <translation>面部修复：请选择 GFPGAN 或 CodeFormer 的 .onnx 模型文件，或用模型重新绘制面孔。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery_model.cpp" line="+15"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
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
        <translation>种子 %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GalleryView</name>
    <message>
        <location filename="../ui/gallery_view.cpp" line="+36"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected images</source>
        <translation>比较选中的图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 images (Ctrl+click) to see them side by side at the same zoom.</source>
        <translation>选择 2 到 4 张图像（Ctrl+单击），以相同缩放并排查看。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search prompts, model:, sampler:, seed:, date:</source>
        <translation>搜索提示词，或 model:、sampler:、seed:、date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words find images whose prompt has them. Also: model:name, sampler:&quot;DPM++ 2M Karras&quot;, seed:1234 (or just the number), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3.</source>
        <translation>输入词语可找到提示词中含有这些词的图像。也可以用：model:名称、sampler:&quot;DPM++ 2M Karras&quot;、seed:1234（或只写数字）、date:2024-05-17、date:2024-05、date:2024-05-01..2024-05-31、stars:3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show images by rating</source>
        <translation>按评分显示图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected</source>
        <translation>未排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ and up</source>
        <translation>★ 及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★ and up</source>
        <translation>★★★ 及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★★★★★ only</source>
        <translation>仅 ★★★★★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected only</source>
        <translation>仅已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the gallery has focus: 1–5 rate the selected images, 0 clears, X rejects, arrows move.</source>
        <translation>图库获得焦点时：按 1–5 为选中的图像评分，0 清除评分，X 排除，方向键移动选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of the gallery</source>
        <translation>图库排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>评分最高</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery summary</source>
        <translation>图库概况</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not store the rating: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rejected</source>
        <translation>已排除 %1 张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating cleared</source>
        <translation>已清除评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating cleared on %1 images</source>
        <translation>已清除 %1 张图像的评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated %1 of 5</source>
        <translation>已评为 %1 分（满分 5 分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images rated %2 of 5</source>
        <translation>已将 %1 张图像评为 %2 分（满分 5 分）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gallery — %1 found, %2 selected</source>
        <translation>图库 — 找到 %1 张，已选 %2 张</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 found</source>
        <translation>图库 — 找到 %1 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery — %1 images, %2 selected</source>
        <translation>图库 — %1 张图像，已选 %2 张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery — 1 image</source>
        <translation>图库 — 1 张图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery — %1 images</source>
        <translation>图库 — %1 张图像</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reuse seed</source>
        <translation>复用种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this image&apos;s seed into the seed field and lock it.</source>
        <translation>把这张图像的种子填入种子栏并锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse all parameters</source>
        <translation>复用全部参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy parameters</source>
        <translation>复制参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale…</source>
        <translation>放大…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge this image with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>用 Lanczos 或 ESRGAN 模型把这张图像放大为一张新图像，并保留其参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare selected (%1)</source>
        <translation>比较所选（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare step by step (%1)</source>
        <translation>逐步比较（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected runs side by side on one step scrubber, from their stored step timelines.</source>
        <translation>用同一个步骤滑块并排播放所选的各次运行，数据来自它们已保存的步骤时间轴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 images</source>
        <translation>删除 %1 张图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters copied to the clipboard.</source>
        <translation>参数已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save image as</source>
        <translation>图像另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GenerationWorker</name>
    <message>
        <location filename="../ui/generation_worker.cpp" line="+274"/>
        <source>Out of memory while loading %1. Close other programs or choose bf16 in Settings.</source>
        <translation>加载 %1 时内存不足。请关闭其他程序，或在设置中选择 bf16。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Out of memory: try a smaller size, fewer images or bf16 in Settings.</source>
        <translation>内存不足：请尝试更小的尺寸、更少的图像数量，或在设置中选择 bf16。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceRunTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+71"/>
        <source>Guidance view: %1 steps</source>
        <translation>引导视图：%1 步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1.</source>
        <translation>引导系数为 %1 时不会运行反向提示词那一遍，因此没有可比较的内容：请把引导系数调到 1 以上。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::GuidanceView</name>
    <message>
        <location filename="../ui/guidance_view.cpp" line="+47"/>
        <source>Guidance view</source>
        <translation>引导视图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prompt: %1
Negative prompt: %2
Seed %3 · %4 steps · %5 · guidance %6</source>
        <translation>提示词：%1
反向提示词：%2
种子 %3 · %4 步 · %5 · 引导系数 %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the same generation again (the window&apos;s parameters when this view opened).</source>
        <translation>再次运行同一次生成（使用打开此视图时窗口中的参数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the first step…</source>
        <translation>正在等待第一步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the model expects the finished image to look like, judged from the prompt alone.</source>
        <translation>仅根据提示词判断，模型预期的成品图像的样子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same estimate from the negative prompt alone (the empty prompt when there is none).</source>
        <translation>仅根据反向提示词得到的同一估计（没有反向提示词时为空提示词）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the two estimates differ: what the prompt adds. Guidance pushes the image this way, times the scale.</source>
        <translation>两个估计的差异之处：即提示词所添加的内容。引导会把图像朝这个方向推，乘以引导系数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative + scale × (prompt − negative): the estimate the sampler steps towards.</source>
        <translation>反向 + 系数 × (提示词 − 反向)：采样器朝之迈进的估计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the empty prompt</source>
        <translation>来自空提示词</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the negative prompt</source>
        <translation>来自反向提示词</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the prompt</source>
        <translation>来自提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (prompt − negative)</source>
        <translation>差值（提示词 − 反向）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go through the stored steps: no computation, every step is kept.</source>
        <translation>浏览已保存的各步：无需计算，每一步都保留着。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>Step %1 of %2 (t = %3)</source>
        <translation>第 %1 步，共 %2 步（t = %3）</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Guidance scale</source>
        <translation>引导系数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-guide the step shown at another scale from its two stored estimates, without running the model again. Available once the run has finished.</source>
        <translation>用已保存的两个估计，以另一个系数重新引导当前显示的这一步，无需再次运行模型。运行结束后可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+223"/>
        <source>Guidance %1</source>
        <translation>引导系数 %1</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+28"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>引导系数</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance scale above 1 in the main window and open this view again.</source>
        <translation>引导系数为 %1 时不会运行反向提示词那一遍，因此没有可比较的内容：请在主窗口把引导系数调到 1 以上，再重新打开此视图。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the running job…</source>
        <translation>正在等待当前任务…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2 · about %3 s left</source>
        <translation>第 %1 步，共 %2 步 · 约剩 %3 秒</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aborted after 1 step: the step so far stays to look at.</source>
        <translation>已在第 1 步后中止：已完成的这一步仍可查看。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps: the steps so far stay to look at.</source>
        <translation>已在 %1 步后中止：已完成的各步仍可查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: 1 step stored.</source>
        <translation>用时 %1 秒完成：已保存 1 步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps stored.</source>
        <translation>用时 %1 秒完成：已保存 %2 步。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Guided at %1 (decoding…)</source>
        <translation>以 %1 引导（正在解码…）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step yet</source>
        <translation>尚无步骤</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to %1</source>
        <translation>恢复为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided at %1 (the run&apos;s)</source>
        <translation>以 %1 引导（本次运行的系数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-guided at %1</source>
        <translation>已以 %1 重新引导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided = negative + %1 × (prompt − negative). At 1 the prompt&apos;s estimate alone, at 0 the negative&apos;s; above 1 the difference is exaggerated. Re-guiding uses the two stored estimates: the model does not run again.</source>
        <translation>引导结果 = 反向 + %1 × (提示词 − 反向)。为 1 时只有提示词的估计，为 0 时只有反向的估计；大于 1 时差异被夸大。重新引导使用已保存的两个估计：模型不会再次运行。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="+14"/>
        <location line="+89"/>
        <location line="+4"/>
        <source>How diffusion works</source>
        <translation>扩散模型的工作原理</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A diffusion model has learned one skill: looking at a noisy picture and guessing which noise to remove. To make a new image, Stipple starts from pure random noise and lets the model remove a little of it, again and again, until a clean picture is left.</source>
        <translation>扩散模型只学会了一项本领：看着一张带噪声的图片，猜出应该去掉哪些噪声。要生成新图像时，Stipple 从纯随机噪声出发，让模型一次又一次地去掉一点噪声，直到剩下一张干净的图片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the preview shows</source>
        <translation>预览显示的是什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At every step the model estimates what the finished image will look like. This guess is called the x₀ estimate (“x zero”), and it is what the live preview shows by default. Early guesses are blurry blobs of colour; with each step the shapes settle and the details sharpen.</source>
        <translation>在每一步中，模型都会估计最终图像的样子。这个猜测称为 x₀ 估计（“x 零”），实时预览默认显示的就是它。最初的估计只是模糊的色块；随着每一步推进，形状逐渐稳定，细节越来越清晰。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose “Noisy latent (xₜ)” above the preview to see what the sampler actually works on instead: the current picture with its remaining noise. It starts as static and slowly clears up.</source>
        <translation>在预览上方选择“含噪潜变量 (xₜ)”，即可看到采样器实际处理的对象：带着剩余噪声的当前图片。它起初像电视雪花，然后慢慢变清晰。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model does not paint pixels directly. It works on a small “latent” picture, 8 times smaller on each side, with 4 channels instead of red, green and blue. The VAE decoder turns the final latent into the full-size image; the fast preview uses a cheap approximation of it.</source>
        <translation>模型并不直接绘制像素。它在一张小小的“潜空间”图片上工作：每条边缩小 8 倍，有 4 个通道，而不是红、绿、蓝。VAE 解码器把最终的潜变量还原成全尺寸图像；快速预览使用的是它的一个廉价近似。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt and negative prompt</source>
        <translation>提示词与反向提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text encoder turns your prompt into numbers the model understands. At every step the model predicts the noise twice: once with your prompt and once with the negative prompt (or with no text at all). Stipple then pushes the image away from the second prediction and towards the first.</source>
        <translation>文本编码器把你的提示词变成模型能理解的数字。每一步中，模型会预测两次噪声：一次使用你的提示词，一次使用反向提示词（或完全不带文字）。然后 Stipple 把图像推离第二个预测、推向第一个预测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale (CFG)</source>
        <translation>引导系数（CFG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guidance scale says how hard that push is. Around 7 is typical. Low values give looser, more natural images that may ignore parts of the prompt; high values follow the words more literally but colours become harsh and details burnt. At 1 or below, guidance is off and the negative prompt is not used.</source>
        <translation>引导系数决定这一推力有多大，通常约为 7。数值低时图像更自由、更自然，但可能忽略提示词的部分内容；数值高时更贴合文字，但颜色变得刺眼、细节发“焦”。为 1 或更低时，引导关闭，反向提示词也不再起作用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps is how many times the model is asked to remove noise. More steps take longer and usually add fine detail, but after 20–30 steps most samplers change little. Try the same seed with 5, 10 and 30 steps and compare.</source>
        <translation>步数是要求模型去除噪声的次数。步数越多耗时越长，通常细节也更精细，但对大多数采样器来说，超过 20–30 步后变化就很小了。试着用同一个种子分别生成 5、10 和 30 步，然后比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed picks the starting noise. The same seed with the same settings gives exactly the same image, so a class can reproduce each other&apos;s pictures. Change only the seed to get a different composition of the same prompt.</source>
        <translation>种子决定起始噪声。相同的种子加上相同的设置会得到完全相同的图像，所以全班同学可以互相复现对方的图片。只改变种子，就能得到同一提示词的不同构图。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samplers and schedules</source>
        <translation>采样器与噪声计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampler (also called scheduler) decides how big each denoising step is and how the model&apos;s prediction is used. Euler and DDIM are simple and predictable; DPM++ 2M reaches good quality in few steps; “ancestral” samplers such as Euler a add fresh noise at every step, so the picture keeps changing. “Karras” schedules take smaller steps near the end, which often cleans up details.</source>
        <translation>采样器（也称调度器）决定每个去噪步骤有多大，以及如何使用模型的预测。Euler 和 DDIM 简单、可预测；DPM++ 2M 用很少的步数就能达到良好质量；“祖先”（ancestral）采样器（如 Euler a）每一步都加入新的噪声，因此图像会不断变化。“Karras”噪声计划在接近结束时步长更小，往往能让细节更干净。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try this in class</source>
        <translation>课堂上试一试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a fixed seed, then drag the timeline slider under the preview to replay every step. Change one setting at a time — steps, guidance scale or sampler — and compare the results side by side with the gallery&apos;s Compare button.</source>
        <translation>用固定的种子生成图像，然后拖动预览下方的时间轴滑块，回放每一步。每次只改变一个设置——步数、引导系数或采样器——再用图库的“比较”按钮并排比较结果。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A 45-minute lesson: a guided tour</source>
        <translation>45 分钟课程：导览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Classroom menu holds one view for each idea below. Work through them in this order with the built-in model (it answers in a fraction of a second); every view also works with a full-size model, only slower. Ask the question first, let the class predict, then reveal.</source>
        <translation>“课堂”菜单为下面每个概念提供一个视图。请用内置模型按此顺序依次讲解（它在不到一秒内给出结果）；每个视图也适用于完整尺寸的模型，只是更慢。先提问，让学生预测，再揭晓。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0–5 min</source>
        <translation>0–5 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter view (F11)</source>
        <translation>演示视图（F11）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the presenter view: large preview, the few controls that matter and the pipeline strip (prompt → tokens → text encoder → UNet × steps → VAE → image), which lights up the stage that is running. Turn on “hide the result until the end”, type a prompt the class suggests and ask what will appear.</source>
        <translation>切换到演示视图：大预览、少数关键控件，以及流水线条（提示词 → 词元 → 文本编码器 → UNet × 步数 → VAE → 图像），正在运行的阶段会高亮。打开“结束前隐藏结果”，输入学生建议的提示词，并问大家会出现什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5–10 min</source>
        <translation>5–10 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt as tokens</source>
        <translation>提示词的词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt as token chips: the model never sees words, only these numbers. Point out where a long prompt is cut into 75-token chunks and how a weight such as (red:1.4) changes one chip.</source>
        <translation>把提示词显示为词元块：模型从不看到单词，只看到这些数字。指出长提示词在哪里被切成 75 个词元的分块，以及 (red:1.4) 这样的权重如何改变一个词元块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–18 min</source>
        <translation>10–18 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward noising</source>
        <translation>前向加噪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a picture and drag t from 0 to the end: this is how training images are destroyed. Ask first: “at what timestep does the signal-to-noise ratio fall below 1?” — then read it off the marked crossing of the SNR curve.</source>
        <translation>选一张图片，把 t 从 0 拖到最后：训练图像就是这样被破坏的。先提问：“信噪比在哪个时间步降到 1 以下？”——再从 SNR 曲线上标出的交点读出答案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18–25 min</source>
        <translation>18–25 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The denoising timeline</source>
        <translation>去噪时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate, then drag the timeline under the preview back to step 1 and replay. The SNR plot under it shows where each sampler step sits on the noise schedule: big jumps early, small ones late.</source>
        <translation>生成后，把预览下方的时间轴拖回第 1 步再回放。下面的 SNR 图显示采样器每一步在噪声计划中的位置：前期跳得大，后期跳得小。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>25–32 min</source>
        <translation>25–32 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guidance view</source>
        <translation>引导视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the guidance view: side by side, what the model predicts with the prompt, without it, their difference and the guided result. Move the guidance slider from 1 to 7.5 to 15 on the same step — no new computation is needed, guidance is only this difference scaled.</source>
        <translation>运行引导视图：并排显示模型在有提示词时的预测、无提示词时的预测、两者之差以及引导后的结果。在同一步上把引导滑块从 1 拖到 7.5 再到 15——无需重新计算，引导只是把这个差值放大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>32–38 min</source>
        <translation>32–38 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed triage and lockstep compare</source>
        <translation>种子筛选与同步对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render many seeds to a third of their steps, let the class vote for the promising ones and finish only those. Then select two to four results in the gallery and compare them step by step on one scrubber: the composition is decided in the first steps.</source>
        <translation>把许多种子渲染到三分之一的步数，让学生投票选出有希望的，只完成这些。然后在图库中选择两到四个结果，用同一个滑块逐步对比：构图在最初几步就决定了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>38–45 min</source>
        <translation>38–45 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train a tiny model</source>
        <translation>训练一个微型模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training a tiny model from scratch (about ten minutes on a laptop) and watch the loss fall and the sample images change: backgrounds come first, then colours, shapes last. Open the result as a model and try it. Training occupies the computer: generations wait until it ends or is aborted.</source>
        <translation>从零开始训练一个微型模型（在笔记本上约十分钟），观察损失下降、示例图像变化：先是背景，然后是颜色，最后是形状。把结果作为模型打开试试。训练会占用电脑：生成任务要等它结束或被中止。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::HiresFixPanel</name>
    <message>
        <location filename="../ui/hires_fix_panel.cpp" line="+34"/>
        <source>&amp;Hires fix</source>
        <translation>高清修复(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires fix</source>
        <translation>高清修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the image at the set size, enlarge it, then redraw it at the larger size: more detail without the doubled heads a model draws beyond its native size (AUTOMATIC1111&apos;s Hires. fix).</source>
        <translation>先按设定尺寸生成图像，再放大并以更大尺寸重绘：细节更多，且不会出现模型超出原生尺寸时画出的重复头部（AUTOMATIC1111 的 Hires. fix）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other model file…</source>
        <translation>其他模型文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ESRGAN or Real-ESRGAN model (.safetensors) from anywhere</source>
        <translation>任意位置的 ESRGAN 或 Real-ESRGAN 模型（.safetensors）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or more); Lanczos and Nearest enlarge the finished picture; ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail into it.</source>
        <translation>潜空间模式放大未完成的图像本身（请使用 0.5 或更高的去噪强度）；Lanczos 和 Nearest 放大完成的图片；ESRGAN 和 Real-ESRGAN 模型（位于 models/ESRGAN、models/RealESRGAN 或 models/upscale_models 的 .safetensors）会为其绘制新的细节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hires upscaler</source>
        <translation>高清放大器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upscaler</source>
        <translation>放大器(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upscale by</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscale &amp;by</source>
        <translation>放大倍数(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same as Steps</source>
        <translation>与步数相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires steps</source>
        <translation>高清步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires s&amp;teps</source>
        <translation>高清步数(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the enlarged image is redrawn.</source>
        <translation>放大后的图像被重绘的程度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hires denoising strength</source>
        <translation>高清去噪强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;noising strength</source>
        <translation>去噪强度(&amp;N)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an upscaler model is a .safetensors file (ESRGAN or Real-ESRGAN)</source>
        <translation>%1：放大模型应为 .safetensors 文件（ESRGAN 或 Real-ESRGAN）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an upscaler model</source>
        <translation>选择放大模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upscaler models (*.safetensors *.pth);;All files (*)</source>
        <translation>放大模型 (*.safetensors *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hires fix is for text to image: clear the init image to use it.</source>
        <translation>高清修复用于文生图：清除起始图片后才能使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)</source>
        <translation>%1×%2 → %3×%4；第二遍运行 %5 步（%6 × %7）</translation>
    </message>
</context>
<context>
    <name>stipple::ui::InitImagePanel</name>
    <message>
        <location filename="../ui/init_image_panel.cpp" line="+52"/>
        <source>Drop a picture here, paste one, or use the preview&apos;s &quot;Use as img2img source&quot;.</source>
        <translation>将图片拖到这里、粘贴，或在预览中使用“用作图生图来源”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from image</source>
        <translation>从图片开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How much of the picture is redrawn: 0.3 keeps its composition and colours, 0.75 keeps its layout, 1.0 keeps little more than its size.</source>
        <translation>重绘图片的程度：0.3 保留构图和颜色，0.75 保留布局，1.0 几乎只保留尺寸。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoising strength</source>
        <translation>去噪强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Denoising strength</source>
        <translation>去噪强度(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Just resize</source>
        <translation>仅缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop and resize</source>
        <translation>裁剪并缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize and fill</source>
        <translation>缩放并填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the picture&apos;s shape differs from the image size: stretch it, cut what sticks out, or fit it and extend its edges (as AUTOMATIC1111).</source>
        <translation>图片形状与目标尺寸不同时：拉伸、裁掉多出的部分，或缩放适应并延伸边缘（同 AUTOMATIC1111）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize mode</source>
        <translation>缩放模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resi&amp;ze mode</source>
        <translation>缩放模式(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint mask…</source>
        <translation>绘制蒙版…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the part of the picture to redraw (inpainting); the rest stays as it is.</source>
        <translation>涂出要重绘的部分（局部重绘）；其余部分保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mask</source>
        <translation>无蒙版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the mask: the whole picture is redrawn (img2img).</source>
        <translation>丢弃蒙版：重绘整张图片（图生图）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend canvas…</source>
        <translation>扩展画布…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outpainting: add a border to the picture for the next generation to paint.</source>
        <translation>外绘：给图片加一圈边框，由下一次生成来绘制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo extend</source>
        <translation>撤销扩展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the picture and mask before the last extension.</source>
        <translation>回到上次扩展之前的图片和遮罩。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>How softly the redrawn part blends into the picture around the mask&apos;s edge.</source>
        <translation>重绘部分在蒙版边缘与原图融合的柔和程度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask blur</source>
        <translation>蒙版模糊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask &amp;blur</source>
        <translation>蒙版模糊(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent noise</source>
        <translation>潜空间噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent nothing</source>
        <translation>潜空间置空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the painted part starts from: the picture as it is (original), its surrounding colours blurred in (fill), fresh noise or nothing (latent noise / nothing — use a high denoising strength with these).</source>
        <translation>涂抹部分的起点：原样的图片（原图）、周围颜色模糊填入（填充）、新的噪声或空白（潜空间噪声 / 置空——请配合较高的去噪强度使用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked content</source>
        <translation>蒙版内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked &amp;content</source>
        <translation>蒙版内容(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole picture</source>
        <translation>整张图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked</source>
        <translation>仅蒙版区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked: the painted part and a margin are cut out, drawn at the full image size (more detail for a small area), and pasted back; the rest of the picture stays exactly as it is.</source>
        <translation>仅蒙版区域：将涂抹部分连同边距裁出，以完整图像尺寸绘制（小区域获得更多细节）后贴回；图片其余部分完全保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpaint area</source>
        <translation>重绘区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpaint &amp;area</source>
        <translation>重绘区域(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The margin around the painted part that is drawn with it, so the model sees its surroundings.</source>
        <translation>随涂抹部分一起绘制的周边边距，让模型看到其周围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked padding</source>
        <translation>仅蒙版区域边距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only masked &amp;padding</source>
        <translation>仅蒙版区域边距(&amp;P)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Open a picture first: outpainting extends it.</source>
        <translation>请先打开一张图片：外绘会扩展它。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No mask: the whole picture is redrawn.</source>
        <translation>无蒙版：重绘整张图片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpainting: only the painted part is redrawn.</source>
        <translation>局部重绘：只重绘涂过的部分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a picture Stipple can read.</source>
        <translation>这不是 Stipple 能读取的图片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture has %1×%2 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>图片有 %1×%2 像素；Stipple 只从不超过 64 百万像素的图片开始。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has %2×%3 pixels; Stipple starts from pictures of at most 64 megapixels.</source>
        <translation>%1 有 %2×%3 像素；Stipple 只从不超过 64 百万像素的图片开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No picture:
text to image</source>
        <translation>无图片：
文生图</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Without a picture every step runs from noise.</source>
        <translation>没有图片时，每一步都从噪声开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strength %1 × %2 steps = %3 steps</source>
        <translation>强度 %1 × %2 步 = %3 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength %1 × %2 steps leaves no step to run: raise either</source>
        <translation>强度 %1 × %2 步没有可运行的步数：请提高其中之一</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepCompare</name>
    <message>
        <location filename="../ui/lockstep_compare.cpp" line="+39"/>
        <source>Negative: %1</source>
        <translation>反向：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lockstep compare</source>
        <translation>同步对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs compared</source>
        <translation>参与对比的运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-run all missing</source>
        <translation>重新运行所有缺失的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue every run without a stored timeline as a new generation with the loaded model, so its steps are recorded.</source>
        <translation>把每个没有已保存时间轴的运行作为新的生成任务，用已加载的模型加入队列，以记录其各步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step scrubber</source>
        <translation>步骤滑块</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause every run together (Space)</source>
        <translation>同时播放或暂停所有运行（空格键）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How fast play moves the scrubber</source>
        <translation>播放时滑块移动的速度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 step/s</source>
        <translation>1 步/秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+273"/>
        <source>Save as GIF/MP4…</source>
        <translation>保存为 GIF/MP4…</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Save the runs side by side, step by step, as one animated GIF or MP4 video.</source>
        <translation>把各次运行并排、逐步保存为一个 GIF 动图或 MP4 视频。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs with different step counts are lined up by the fraction of the schedule: at 50 % a 10-step run shows step 5 and a 20-step run step 10.</source>
        <translation>步数不同的运行按计划进度的比例对齐：在 50 % 处，10 步的运行显示第 5 步，20 步的运行显示第 10 步。</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n runs, different prompts: the words only some runs have are under each.</source>
        <translation>
            <numerusform>%n 次运行，提示词不同：每个下方列出只有部分运行才有的词。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs of “%1”</source>
        <translation>
            <numerusform>“%1”的 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No stored timeline: this image was made before this session, in a sweep, or its steps were dropped to save memory.</source>
        <translation>没有已保存的时间轴：这张图像生成于本次会话之前或参数扫描中，或者为节省内存丢弃了它的各步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored timeline, and no parameters to make it again.</source>
        <translation>没有已保存的时间轴，也没有可用于重新生成的参数。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, re-running</source>
        <translation>%1，正在重新运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stored step timeline for %1. Only the steps of recent results are kept; re-run them to record theirs.</source>
        <translation>以下运行没有已保存的步骤时间轴：%1。只会保留最近结果的各步；重新运行即可记录。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/%2 · %3 %</source>
        <translation>%1/%2 · %3 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re-running (job %1)… its steps appear here when it finishes.</source>
        <translation>正在重新运行（任务 %1）…完成后各步会显示在这里。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The re-run kept no step timeline.</source>
        <translation>重新运行没有保留步骤时间轴。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-run failed: %1</source>
        <translation>重新运行失败：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the lockstep compare</source>
        <translation>保存同步对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 动图 (*.gif);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A compare is still being saved.</source>
        <translation>仍有一个对比正在保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LockstepPane</name>
    <message>
        <location filename="../ui/lockstep_pane.cpp" line="+73"/>
        <source>Re-run to record its steps</source>
        <translation>重新运行以记录各步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue this image&apos;s parameters as a new generation with the loaded model; its step timeline is kept and shown here when it finishes.</source>
        <translation>把这张图像的参数作为新的生成任务，用已加载的模型加入队列；完成后会保留其步骤时间轴并显示在这里。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>No stored timeline</source>
        <translation>没有已保存的时间轴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
</context>
<context>
    <name>stipple::ui::LossPlot</name>
    <message>
        <location filename="../ui/loss_plot.cpp" line="+68"/>
        <source>The loss appears here as the model trains.</source>
        <translation>模型训练时，损失会显示在这里。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
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
        <translation>生成参数</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History is unavailable</source>
        <translation>历史记录不可用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seed %1 locked</source>
        <translation>种子 %1 已锁定</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Parameters restored</source>
        <translation>参数已恢复</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.

Use the Open… button in the Model section, or File ▸ Open model folder…</source>
        <translation>先打开一个模型：diffusers 文件夹（含 model_index.json）或 .safetensors 检查点。

请使用“模型”区域中的“打开…”按钮，或“文件 ▸ 打开模型文件夹…”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timeline saved: %1. %2</source>
        <translation>时间线已保存：%1。%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the prompt and settings stored in a PNG made by Stipple or AUTOMATIC1111.</source>
        <translation>从 Stipple 或 AUTOMATIC1111 生成的 PNG 中恢复提示词和设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model &amp;folder…</source>
        <translation>打开模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model fi&amp;le…</source>
        <translation>打开模型文件(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save step &amp;timeline…</source>
        <translation>保存步骤时间轴(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every step&apos;s preview of the last image and the image itself as an animated GIF or an MP4 video, each frame labelled: how noise becomes a picture.</source>
        <translation>将上一张图像每一步的预览和图像本身保存为 GIF 动图或 MP4 视频，每一帧都带有标注：展示噪声如何变成图像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish now</source>
        <translation>立即完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sweep (X/Y plot)…</source>
        <translation>参数扫描（X/Y 图）(&amp;S)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start a sweep</source>
        <translation>无法开始参数扫描</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size).</source>
        <translation>生成一组只在一两个设置上不同的图像网格（种子、步数、CFG、采样器、提示词、尺寸）。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Import PNG folder…</source>
        <translation>导入 PNG 文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images made by AUTOMATIC1111, ComfyUI or InvokeAI to the gallery with their parameters.</source>
        <translation>把用 AUTOMATIC1111、ComfyUI 或 InvokeAI 生成的图像连同参数添加到图库。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Vary this image</source>
        <translation>变化此图像(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 close variations of the image shown: the same seed with random variation seeds.</source>
        <translation>生成所显示图像的 %1 个相近变体：同一种子，搭配随机的变化种子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;lightly (strength %1)</source>
        <translation>轻微(&amp;L)（强度 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;mewhat (strength %1)</source>
        <translation>适中(&amp;M)（强度 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;trongly (strength %1)</source>
        <translation>强烈(&amp;T)（强度 %1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How diffusion works</source>
        <translation>扩散模型的工作原理(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stipple</source>
        <translation>关于 Stipple(&amp;A)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 · native %3×%4%5</source>
        <translation>%1 · %2 · 原生 %3×%4%5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> · TAESD</source>
        <translation> · TAESD</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Cannot use this upscaler model</source>
        <translation>无法使用此放大模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use this picture</source>
        <translation>无法使用这张图片</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Use as &amp;img2img source</source>
        <translation>用作图生图来源(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the next generation from the image shown (img2img), with its prompt kept.</source>
        <translation>下一次生成从当前显示的图片开始（图生图），保留其提示词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upscale…</source>
        <translation>放大(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enlarge the image shown (or the gallery&apos;s, while the gallery has focus) with Lanczos or an ESRGAN model into a new image, keeping its parameters.</source>
        <translation>用 Lanczos 或 ESRGAN 模型把显示的图像（图库获得焦点时为图库中的图像）放大为一张新图像，并保留其参数。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source> · v-prediction</source>
        <translation> · v 预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · VAE %1</source>
        <translation> · VAE %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and %1 more</source>
        <translation>……还有 %1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some embeddings cannot be used</source>
        <translation>部分嵌入无法使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)</source>
        <translation>Turbo 模型 %1 已就绪：1 步，引导系数 0，%2（最多 4 步均可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 ready: %2, as it recommends</source>
        <translation>模型 %1 已就绪：%2，按其推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready: %2, the usual settings</source>
        <translation>模型 %1 已就绪：%2，常用设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 ready</source>
        <translation>模型 %1 已就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>你的图像将显示在这里。

写下提示词，然后点击“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Could not load the model %1</source>
        <translation>无法加载模型 %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load %1 — no model loaded</source>
        <translation>无法加载 %1 —— 未加载任何模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model loaded.

Open a model: File ▸ Open model folder… or Open model file…</source>
        <translation>未加载模型。

请打开模型：文件 ▸ 打开模型文件夹… 或 打开模型文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model failed to load</source>
        <translation>模型加载失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the built-in model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Reopened %2 instead.</source>
        <translation>%1

已改为重新打开 %2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+61"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+21"/>
        <location line="+344"/>
        <location filename="../ui/main_window_lockstep.cpp" line="+0"/>
        <source>Open a model first: File ▸ Open model folder… or Open model file…</source>
        <translation>请先打开模型：文件 ▸ 打开模型文件夹… 或 打开模型文件…</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Cannot generate</source>
        <translation>无法生成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to vary: generate an image, or open one or pick one in the gallery</source>
        <translation>没有可变化的图像：请生成一张图像，或打开一张，或在图库中选择一张</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Varying seed %1: %2 images at strength %3</source>
        <translation>正在变化种子 %1：%2 张图像，强度 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upscaling %1 ×%2 with %3…</source>
        <translation>正在用 %3 将 %1 放大 ×%2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaling %1…</source>
        <translation>正在放大 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sweep running…</source>
        <translation>扫描运行中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating 1 image…</source>
        <translation>正在生成 1 张图像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 images…</source>
        <translation>正在生成 %1 张图像…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · sweep · %2 cells</source>
        <translation>#%1 · 扫描 · %2 个格子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 · upscale ×%2 · %3</source>
        <translation>#%1 · 放大 ×%2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · seed %2 · %3 steps · %4</source>
        <translation>#%1 · 种子 %2 · %3 步 · %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aborting — nothing will be saved</source>
        <translation>正在中止——不会保存任何内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishing with the current estimate…</source>
        <translation>正在以当前估计完成…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Upscale failed</source>
        <translation>放大失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscale aborted — nothing saved</source>
        <translation>放大已中止 — 未保存任何内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 in %2</source>
        <translation>已将 %1 保存到 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted after 1 step — nothing saved</source>
        <translation>已在第 1 步后中止——未保存任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted after %1 steps — nothing saved</source>
        <translation>已在 %1 步后中止——未保存任何内容</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <location filename="../ui/main_window_classroom.cpp" line="+109"/>
        <source>Could not record the history</source>
        <translation>无法记录历史</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+251"/>
        <source>Seed %1 · %2</source>
        <translation>种子 %1 · %2</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Saved 1 image in %1</source>
        <translation>已将 1 张图像保存到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 images in %2</source>
        <translation>已将 %1 张图像保存到 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameters in %1</source>
        <translation>%1 中没有参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PNG has no &quot;parameters&quot; text, so there is nothing to restore.</source>
        <translation>此 PNG 没有“parameters”文本，因此没有可恢复的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameters restored from %1</source>
        <translation>已从 %1 恢复参数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open model folder (with model_index.json)</source>
        <translation>打开模型文件夹（含 model_index.json）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Settings saved. Precision changes apply when a model is loaded.</source>
        <translation>设置已保存。精度更改将在加载模型时生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot show %1</source>
        <translation>无法显示 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted 1 image</source>
        <translation>已删除 1 张图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1 images</source>
        <translation>已删除 %1 张图像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1
%2</source>
        <translation>种子 %1
%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the step timeline</source>
        <translation>保存步骤时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 动图 (*.gif);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timeline is still being saved</source>
        <translation>仍在保存一个时间轴</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Timeline saved: %1</source>
        <translation>时间轴已保存：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the timeline</source>
        <translation>无法保存时间轴</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Checkpoints (*.safetensors *.ckpt *.pt *.pth);;All files (*)</source>
        <translation>检查点 (*.safetensors *.ckpt *.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Convert checkpoint</source>
        <translation>转换检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a Python pickle file. Loading a pickle in Python can run any code hidden in it, so Stipple opens only .safetensors files.

Convert it now with Stipple&apos;s own reader, which runs nothing and refuses anything that is not weights? The weights are written once to
%2</source>
        <translation>%1 是 Python pickle 文件。在 Python 中加载 pickle 可能运行其中隐藏的代码，因此 Stipple 只打开 .safetensors 文件。

现在用 Stipple 自带的读取器转换吗？它不运行任何代码，并拒绝一切不是权重的内容。权重将一次性写入
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening %1, converted from %2 before</source>
        <translation>正在打开 %1（之前由 %2 转换而来）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not converted</source>
        <translation>未转换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot convert %1</source>
        <translation>无法转换 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted %1 to %2</source>
        <translation>已将 %1 转换为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A conversion is running</source>
        <translation>转换正在进行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait until it ends, then open %1 again.</source>
        <translation>请等待其结束，然后再次打开 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Converting %1 to .safetensors…</source>
        <translation>正在将 %1 转换为 .safetensors…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image to start from</source>
        <translation>没有可作为起点的图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate or open an image first; it is shown in the preview.</source>
        <translation>请先生成或打开一张图片；它会显示在预览中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use this image</source>
        <translation>无法使用这张图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next generation starts from this image (img2img).</source>
        <translation>下一次生成将从这张图片开始（图生图）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Cannot upscale %1</source>
        <translation>无法放大 %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No image is shown: generate one, or pick one in the gallery.</source>
        <translation>没有显示图像：请生成一张，或在图库中选择一张。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file %1 is gone.</source>
        <translation>文件 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;VAE file…</source>
        <translation>选择 VAE 文件(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode this model&apos;s images with a separate VAE (.safetensors, e.g. vae-ft-mse or an SDXL fp16-fix VAE). Remembered for this model.</source>
        <translation>用单独的 VAE（.safetensors，如 vae-ft-mse 或 SDXL fp16-fix VAE）解码此模型的图片。对此模型记住该选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the model&apos;s &amp;own VAE</source>
        <translation>使用模型自带的 VAE(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prediction type</source>
        <translation>预测类型(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Detect from the file</source>
        <translation>从文件检测(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epsilon (SD 1.x, 2.x-base, SDXL)</source>
        <translation>Epsilon（SD 1.x、2.x-base、SDXL）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;v-prediction (SD 2.x 768-v, v-pred finetunes)</source>
        <translation>v 预测（SD 2.x 768-v、v-pred 微调模型）(&amp;V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the model&apos;s UNet predicts. Detected from a single file as AUTOMATIC1111 and ComfyUI do; choose it here when a model draws only noise or grey.</source>
        <translation>模型 UNet 的预测目标。对单文件模型按 AUTOMATIC1111 和 ComfyUI 的方式检测；模型只画出噪声或灰色时在此选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;LoRA folder</source>
        <translation>打开 LoRA 文件夹(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRA files here are used with &lt;lora:name:weight&gt; in the prompt.</source>
        <translation>此处的 LoRA 文件在提示词中以 &lt;lora:名称:权重&gt; 使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;embeddings folder</source>
        <translation>打开嵌入文件夹(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Textual-inversion embeddings here are used by writing their name in the prompt.</source>
        <translation>此处的文本反演嵌入只需在提示词中写出其名称即可使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose VAE file</source>
        <translation>选择 VAE 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE files (*.safetensors);;All files (*)</source>
        <translation>VAE 文件 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This image has no step timeline: generate one, or pick a recent image in the gallery</source>
        <translation>此图像没有步骤时间线：请生成一张，或在图库中选择一张最近的图像</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the step timeline…</source>
        <translation>正在保存步骤时间轴…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_library.cpp" line="-80"/>
        <source>%1 files in %2 folders, %3 skipped (unreadable)</source>
        <translation>%2 个文件夹中 %1 个文件，跳过 %3 个（无法读取）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2 folders</source>
        <translation>%2 个文件夹中 %1 个文件</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>VAE %1 chosen for this model</source>
        <translation>已为此模型选择 VAE %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Add a models folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copying %1 into %2…</source>
        <translation>正在将 %1 复制到 %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the dropped file</source>
        <translation>无法使用拖入的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now in the library</source>
        <translation>%1 已加入模型库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the prompt</source>
        <translation>%1 已在提示词中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 to the prompt</source>
        <translation>已将 %1 加入提示词</translation>
    </message>
    <message>
        <location filename="../ui/main_window_classroom.cpp" line="-73"/>
        <source>&amp;Classroom</source>
        <translation>课堂(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A 45-minute lesson through the views below, in order (part of Help ▸ How diffusion works).</source>
        <translation>按顺序走过下面各视图的 45 分钟课程（属于 帮助 ▸ 扩散模型的工作原理）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Guidance view…</source>
        <translation>引导视图(&amp;G)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the guidance view</source>
        <translation>无法打开引导视图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare</source>
        <translation>没有可比较的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At every step: the image predicted from the prompt, from the negative prompt, their difference and the guided result; re-guide any step at another scale without rerunning.</source>
        <translation>每一步：由提示词预测的图像、由反向提示词预测的图像、两者之差以及引导后的结果；可用另一个系数重新引导任意一步，无需重新运行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lockstep compare…</source>
        <translation>同步对比(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 runs side by side on one step scrubber: the images selected in the gallery, else the newest results.</source>
        <translation>2 到 4 次运行并排显示，共用一个步骤滑块：使用图库中选中的图像，否则使用最新的结果。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Forward noising…</source>
        <translation>前向加噪(&amp;F)…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Lesson t&amp;our</source>
        <translation>课程导览(&amp;O)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How training adds noise: drag t from 0 to T over an image and watch xₜ, with the model&apos;s ᾱ and SNR plotted.</source>
        <translation>训练如何加噪：在一张图像上把 t 从 0 拖到 T，观察 xₜ，并绘出模型的 ᾱ 与 SNR。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seed triage…</source>
        <translation>种子筛选(&amp;S)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Many seeds rendered part of the way in a grid: pick the promising ones and finish only those, exactly as full runs.</source>
        <translation>在网格中把许多种子渲染到一部分：挑出有希望的，只完成这些，结果与完整运行完全相同。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Prompt as tokens</source>
        <translation>提示词的词元(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt as the text encoder reads it: its tokens, their ids and weights, and the chunks.</source>
        <translation>文本编码器读取到的提示词：其词元、词元的编号与权重，以及分块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens &amp;under the prompt</source>
        <translation>提示词下方显示词元(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A compact row of the prompt&apos;s tokens under the prompt box, updated as you type.</source>
        <translation>在提示词框下方用紧凑的一行显示提示词的词元，随输入更新。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>P&amp;resenter view</source>
        <translation>演示视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen for a class: large preview and fonts, the pipeline stage running now, and an option to hide the result until the run ends.</source>
        <translation>面向课堂的全屏视图：大预览、大字体、当前运行的流水线阶段，以及在运行结束前隐藏结果的选项。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Train a tiny model…</source>
        <translation>训练微型模型(&amp;T)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train a small model from scratch in about ten minutes, watching its loss fall and its pictures improve; then generate with it.</source>
        <translation>在约十分钟内从零训练一个小模型，看着它的损失下降、图像变好；然后用它生成。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_lockstep.cpp" line="-20"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click) to compare them step by step</source>
        <translation>在图库中选择 2 到 4 张图像（Ctrl+单击）即可逐步比较</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select 2 to 4 images in the gallery (Ctrl+click), or generate two images first, to compare them step by step</source>
        <translation>在图库中选择 2 到 4 张图像（Ctrl+单击），或先生成两张图像，即可逐步比较</translation>
    </message>
</context>
<context>
    <name>stipple::ui::MaskDialog</name>
    <message>
        <location filename="../ui/mask_dialog.cpp" line="+18"/>
        <source>Paint the part to redraw</source>
        <translation>涂出要重绘的部分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paint what to redraw (B). The right mouse button erases.</source>
        <translation>涂出要重绘的部分（B）。鼠标右键擦除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take painted parts back (E).</source>
        <translation>擦掉已涂部分（E）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size in picture pixels ([ smaller, ] larger).</source>
        <translation>画笔大小（图片像素；[ 缩小，] 放大）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Size </source>
        <translation> 大小 </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert</source>
        <translation>反转(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redraw everything except what is painted.</source>
        <translation>重绘除已涂部分以外的全部内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the whole mask.</source>
        <translation>移除整个蒙版。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 % of the picture will be redrawn.</source>
        <translation>将重绘图片的 %1%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing painted: the whole picture is redrawn as img2img.</source>
        <translation>未涂任何部分：整张图片将按图生图重绘。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.cpp" line="+83"/>
        <source>Model library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to filter: name, SDXL, LoRA, embedding, VAE, folder…</source>
        <translation>输入以筛选：名称、SDXL、LoRA、嵌入、VAE、文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder of models to the library, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>向模型库添加模型文件夹，例如 AUTOMATIC1111 的 models 文件夹（会读取其 Stable-diffusion、Lora、embeddings 和 VAE 子文件夹）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Recent model</source>
        <translation>最近使用的模型</translation>
    </message>
</context>
<context>
    <name>stipple::ui::NoisingView</name>
    <message>
        <location filename="../ui/noising_view.cpp" line="+72"/>
        <source>Forward noising</source>
        <translation>前向加噪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image in the main window</source>
        <translation>主窗口中的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file…</source>
        <translation>图像文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in scene</source>
        <translation>内置场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Image to noise</source>
        <translation>要加噪的图像</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Image x₀:</source>
        <translation>图像 x₀(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scene prompt</source>
        <translation>场景提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stipple Shapes scene drawn exactly (no model involved): the kind of picture the built-in model was trained on.</source>
        <translation>精确绘制的 Stipple Shapes 场景（不涉及模型）：内置模型训练所用的那类图片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layout </source>
        <translation>布局 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene layout seed</source>
        <translation>场景布局种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clean image x₀</source>
        <translation>干净的图像 x₀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noised image xₜ, decoded</source>
        <translation>加噪后的图像 xₜ（已解码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four latent channels of xₜ</source>
        <translation>xₜ 的四个潜变量通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image above.</source>
        <translation>请在上方选择一张图像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+249"/>
        <source>xₜ appears here.</source>
        <translation>xₜ 将显示在这里。</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+249"/>
        <source>The latent channels appear here.</source>
        <translation>潜变量通道将显示在这里。</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>What the model really works on: four numbers per block of pixels (8×8 for Stable Diffusion), one picture per channel: grey is 0, white +4, black −4.</source>
        <translation>模型真正处理的内容：每个像素块（Stable Diffusion 为 8×8）四个数，每个通道一张图：灰色为 0，白色为 +4，黑色为 −4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₀ (the image)</source>
        <translation>x₀（原图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ decoded</source>
        <translation>xₜ 解码后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xₜ: the 4 latent channels</source>
        <translation>xₜ：4 个潜变量通道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noising formula</source>
        <translation>加噪公式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;t:</source>
        <translation>时间步 t(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Noising step t</source>
        <translation>加噪时间步 t</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Drag from t = 0 (the clean image) to T (pure noise in training).</source>
        <translation>从 t = 0（干净的图像）拖到 T（训练中的纯噪声）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ε &amp;seed:</source>
        <translation>ε 种子(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the noise ε</source>
        <translation>噪声 ε 的种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same noise ε at every t: one noise fading in.</source>
        <translation>同一种子在每个 t 上给出相同的噪声 ε：同一份噪声逐渐显现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New noise</source>
        <translation>新噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw another ε (a random seed).</source>
        <translation>重新抽取一个 ε（随机种子）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast preview</source>
        <translation>快速预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE</source>
        <translation>完整 VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAESD</source>
        <translation>TAESD 解码器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How xₜ is decoded</source>
        <translation>xₜ 的解码方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE is exact but slow on large models; the fast preview is nearly free.</source>
        <translation>完整 VAE 精确，但在大模型上很慢；快速预览几乎不耗时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict first</source>
        <translation>先预测(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide xₜ after every change of t until Reveal is pressed: let the class guess first.</source>
        <translation>每次改变 t 后隐藏 xₜ，直到按下“揭晓”：先让学生猜。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The main window shows no image yet: generate one, or choose a file or a built-in scene.</source>
        <translation>主窗口还没有显示图像：请生成一张，或选择一个文件或内置场景。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the main window&apos;s image</source>
        <translation>主窗口的图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2×%3 pixels: larger than this view reads (%4 px a side).</source>
        <translation>%1 为 %2×%3 像素：超出此视图可读取的大小（每边 %4 px）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>scene “%1”</source>
        <translation>场景“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot draw that scene: %1</source>
        <translation>无法绘制该场景：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>x₀: %1, %2×%3</source>
        <translation>x₀：%1，%2×%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (load a model for its schedule)</source>
        <translation>xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   （加载模型以使用其噪声计划）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5</source>
        <translation>t = %1：  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4，  SNR = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predict: what does xₜ look like at t = %1? Then press Reveal.</source>
        <translation>预测：t = %1 时 xₜ 是什么样子？然后按“揭晓”。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the model to load…</source>
        <translation>正在等待模型加载…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>xₜ at t = %1 with ε seed %2 (%3×%4 latent)</source>
        <translation>t = %1 时的 xₜ，ε 种子 %2（潜变量 %3×%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not noise the image: %1</source>
        <translation>无法给图像加噪：%1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::OutpaintDialog</name>
    <message>
        <location filename="../ui/outpaint_dialog.cpp" line="+14"/>
        <source>Extend canvas</source>
        <translation>扩展画布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture gets a border that the next generation paints (outpainting). Use &quot;Masked content: fill&quot; and a denoising strength near 1.</source>
        <translation>图片会加上一圈边框，由下一次生成来绘制（外绘）。请使用“遮罩内容：填充”，去噪强度接近 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Left</source>
        <translation>左(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top</source>
        <translation>上(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right</source>
        <translation>右(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom</source>
        <translation>下(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the left</source>
        <translation>左侧要添加的像素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the top</source>
        <translation>顶部要添加的像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels to add on the right</source>
        <translation>右侧要添加的像素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels to add at the bottom</source>
        <translation>底部要添加的像素</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far into the picture the redrawn border reaches, so the seam is painted over too.</source>
        <translation>重绘的边框伸入图片多远，好让接缝也被重画。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap into the picture</source>
        <translation>与图片的重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overlap</source>
        <translation>重叠(&amp;O)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1×%2 → %3×%4</source>
        <translation>%1×%2 → %3×%4 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pixels on at least one side.</source>
        <translation>至少在一侧添加像素。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="+12"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the opened image&apos;s parameters ask for that Stipple does not reproduce: the image made here will differ in these.</source>
        <translation>所打开图像的参数中 Stipple 无法重现的部分：在此生成的图像会在这些方面有所不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reproduced from the opened image</source>
        <translation>未从所打开图像重现的内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts this model knows how to draw: pick one to start from.</source>
        <translation>此模型会画的提示词：选一个作为起点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example prompts</source>
        <translation>示例提示词</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+888"/>
        <source>Describe the image: subject, style, lighting… e.g. &quot;a watercolor fox in the snow, soft light&quot;</source>
        <translation>描述图像：主体、风格、光线……例如“雪地里的水彩狐狸，柔和光线”</translation>
    </message>
    <message>
        <location line="-887"/>
        <source>What you want to see. Ctrl+Enter generates.</source>
        <translation>你想看到的内容。按 Ctrl+Enter 生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt length in tokens</source>
        <translation>提示词长度（词元）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the model will not read in the prompt</source>
        <translation>模型不会读取的提示词内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A long prompt is read in chunks (75 tokens for most models), each on its own, as AUTOMATIC1111 does. Words that belong together read best inside one chunk; BREAK starts a new one.</source>
        <translation>长提示词按块读取（大多数模型每块 75 个词元），每块单独处理，与 AUTOMATIC1111 相同。相关的词最好放在同一块中；BREAK 会开始新的一块。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the prompt&apos;s chunks begin</source>
        <translation>提示词各块的起始位置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Negative prompt</source>
        <translation>反向提示词(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to avoid, e.g. &quot;blurry, lowres, watermark&quot;</source>
        <translation>要避免的内容，例如“模糊、低分辨率、水印”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classifier-free guidance steers away from this text. Leave empty for none.</source>
        <translation>无分类器引导（CFG）会让图像远离这段文字。留空表示不使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt length in tokens</source>
        <translation>反向提示词长度（词元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the model will not read in the negative prompt</source>
        <translation>模型不会读取的反向提示词内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the negative prompt&apos;s chunks begin</source>
        <translation>反向提示词各块的起始位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The random seed: the same seed with the same settings gives the same image. Any whole number from 0 to 18446744073709551615. With several images, they use seed, seed+1, …</source>
        <translation>随机种子：相同的种子加上相同的设置会得到相同的图像。可以是 0 到 18446744073709551615 之间的任意整数。生成多张图像时，依次使用 种子、种子+1、…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a new random seed now.</source>
        <translation>立即随机选择一个新种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this seed</source>
        <translation>保留此种子(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: every Generate draws a new random seed. On: the seed above is used again (typing or reusing a seed turns this on).</source>
        <translation>关闭：每次生成都随机抽取新种子。开启：重复使用上面的种子（输入或复用种子时会自动开启）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed</source>
        <translation>种子(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Denoising steps. More steps refine more but take longer; 20-30 suits most samplers.</source>
        <translation>去噪步数。步数越多越精细，但耗时越长；大多数采样器用 20–30 步即可。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps</source>
        <translation>步数(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guidance scale (CFG): how strictly the image follows the prompt. 5-9 is typical; higher is more literal but harsher; 1 or less turns guidance (and the negative prompt) off.</source>
        <translation>引导系数（CFG）：图像遵循提示词的严格程度。常用 5–9；越高越贴合文字但越生硬；1 或更低会关闭引导（以及反向提示词）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale (CFG)</source>
        <translation>引导系数（CFG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uidance</source>
        <translation>引导系数(&amp;U)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sampler (scheduler) that walks from noise to image. Hover an entry to learn more.</source>
        <translation>从噪声走向图像的采样器（调度器）。将鼠标悬停在条目上可了解更多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ampler</source>
        <translation>采样器(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image width in pixels (a multiple of 8). Models work best at their training size.</source>
        <translation>图像宽度（像素，需为 8 的倍数）。模型在其训练尺寸下效果最好。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image height in pixels (a multiple of 8).</source>
        <translation>图像高度（像素，需为 8 的倍数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap width and height.</source>
        <translation>交换宽度和高度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap width and height</source>
        <translation>交换宽度和高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si&amp;ze</source>
        <translation>尺寸(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common sizes: 512 for SD 1.x, 768 for SD 2.x, 1024 for SDXL.</source>
        <translation>常用尺寸：SD 1.x 为 512，SD 2.x 为 768，SDXL 为 1024。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size presets</source>
        <translation>尺寸预设</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>512 × 512 — SD 1.x square</source>
        <translation>512 × 512 — SD 1.x 方形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>512 × 768 — SD 1.x portrait</source>
        <translation>512 × 768 — SD 1.x 竖版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 512 — SD 1.x landscape</source>
        <translation>768 × 512 — SD 1.x 横版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768 × 768 — SD 2.x square</source>
        <translation>768 × 768 — SD 2.x 方形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 × 1024 — SDXL square</source>
        <translation>1024 × 1024 — SDXL 方形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>832 × 1216 — SDXL portrait</source>
        <translation>832 × 1216 — SDXL 竖版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1216 × 832 — SDXL landscape</source>
        <translation>1216 × 832 — SDXL 横版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 × 64 — tiny test models</source>
        <translation>64 × 64 — 微型测试模型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many images to make in one go; they use seeds seed, seed+1, seed+2, …</source>
        <translation>一次生成多少张图像；它们依次使用种子 种子、种子+1、种子+2、…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of images</source>
        <translation>图像数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>图像数(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opened image was finished early with Finish now: stop at the same step to make it again.</source>
        <translation>打开的图像曾用“立即完成”提前结束：在同一步停止即可再次生成它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variation seed, noise, clip skip</source>
        <translation>变化种子、噪声、CLIP 跳过层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More seed settings, as in AUTOMATIC1111: variation seeds, where random numbers come from, eta noise seed delta and clip skip.</source>
        <translation>更多种子设置，与 AUTOMATIC1111 相同：变化种子、随机数来源、eta 噪声种子偏移和 CLIP 跳过层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced seed settings</source>
        <translation>高级种子设置</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The opened image read its prompt as written (diffusers style), and so does the next generation; Settings ▸ Prompt syntax returns to AUTOMATIC1111&apos;s.</source>
        <translation>打开的图像按原文读取提示词（diffusers 风格），下一次生成也是如此；设置 ▸ 提示词语法可恢复为 AUTOMATIC1111 的语法。</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Extensions and settings Stipple does not have: %1</source>
        <translation>Stipple 没有的扩展和设置：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys Stipple does not use: %1</source>
        <translation>Stipple 不使用的其他键：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood: %1</source>
        <translation>无法理解：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model: %1 (no hash to compare; the loaded model is %2)</source>
        <translation>模型：%1（没有可比较的哈希；已加载的模型是 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1 (the loaded model&apos;s hash is not known yet)</source>
        <translation>模型：%1（已加载模型的哈希尚未知）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model: %1, an old-style hash Stipple does not compute; the loaded model is %2</source>
        <translation>模型：%1，这是 Stipple 不计算的旧式哈希；已加载的模型是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 is not the loaded model, %2</source>
        <translation>模型：%1 不是已加载的模型 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not reproduced from this image:
%1</source>
        <translation>此图像中未能重现的内容：
%1</translation>
    </message>
    <message>
        <location line="-543"/>
        <location line="+8"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <source>Start from an image (img2img)</source>
        <translation>从图片开始（图生图）</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Redraw a picture of your own from the prompt instead of starting from noise.</source>
        <translation>根据提示词重绘你自己的图片，而不是从噪声开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image to image</source>
        <translation>图生图</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start from an image (img2img) ●</source>
        <translation>从图片开始（图生图）●</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generate with these settings (Ctrl+Enter). While busy, the request waits in the queue.</source>
        <translation>使用这些设置生成（Ctrl+Enter）。忙碌时，请求会在队列中等待。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+636"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="-637"/>
        <source>Stop the current image now (Esc). Nothing is saved.</source>
        <translation>立即停止当前图像（Esc）。不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Finish now</source>
        <translation>立即完成</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stop early and keep the current estimate as the result (decoded with the full VAE).</source>
        <translation>提前停止，并把当前估计作为结果保留（用完整 VAE 解码）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected request from the queue.</source>
        <translation>从队列中移除选中的请求。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests waiting for the current generation to finish, in order.</source>
        <translation>等待当前生成完成的请求（按顺序）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint.</source>
        <translation>打开 diffusers 模型文件夹（含 model_index.json）或单个 .safetensors 检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model file…</source>
        <translation>打开模型文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model status</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second seed whose noise is blended into the seed&apos;s by the strength below: the same picture, a little different. Empty with a strength above 0 draws one.</source>
        <translation>第二个种子，其噪声按下方强度混入主种子的噪声：同一幅画面，略有不同。留空且强度大于 0 时会随机抽取一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation seed</source>
        <translation>变化种子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a new random variation seed now.</source>
        <translation>立即随机选取一个新的变化种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random variation seed</source>
        <translation>随机变化种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Variation seed</source>
        <translation>变化种子(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (off)</source>
        <translation>0（关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the variation seed&apos;s noise to use: 0 is the seed alone, 1 the variation seed alone; 0.05-0.2 gives close variations.</source>
        <translation>使用多少变化种子的噪声：0 只用主种子，1 只用变化种子；0.05–0.2 得到相近的变体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variation strength</source>
        <translation>变化强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rength</source>
        <translation>强度(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the seed&apos;s noise as if the image were this size, so a seed keeps its composition at another size (A1111&apos;s &quot;Resize seed from&quot;). Off: the image&apos;s own size.</source>
        <translation>按此尺寸生成种子的噪声，使种子在其他尺寸下保持构图（A1111 的“Resize seed from”）。关闭：使用图像自身尺寸。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize seed from width</source>
        <translation>种子尺寸：宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize seed from height</source>
        <translation>种子尺寸：高度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed si&amp;ze from</source>
        <translation>种子尺寸(&amp;Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU</source>
        <translation>处理器（CPU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>torch on the CPU: the numbers of diffusers and ComfyUI (RNG: CPU)</source>
        <translation>CPU 上的 torch：与 diffusers 和 ComfyUI 相同的随机数（RNG: CPU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (NVIDIA)</source>
        <translation>显卡（NVIDIA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s default: the numbers of an NVIDIA GPU, computed here (RNG: NV)</source>
        <translation>AUTOMATIC1111 的默认值：NVIDIA 显卡的随机数，在本机计算（RNG: NV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this request&apos;s random numbers come from (the default is in Settings). An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>此请求的随机数来源（默认值见设置）。打开来自 AUTOMATIC1111 的图像时，会设为其生成时所用的来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random numbers</source>
        <translation>随机数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ra&amp;ndom numbers</source>
        <translation>随机数(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The opened image does not say (no RNG key): AUTOMATIC1111&apos;s default, GPU, is assumed.</source>
        <translation>所打开的图像未注明（没有 RNG 键）：按 AUTOMATIC1111 的默认值（显卡）处理。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eta noise seed delta (ENSD): the samplers that add noise at every step (Euler a, DPM++ SDE…) draw it from seed + this number. 0 = off; 31337 was a common choice.</source>
        <translation>Eta 噪声种子偏移（ENSD）：每步都加噪声的采样器（Euler a、DPM++ SDE…）从“种子 + 此数”抽取噪声。0 = 关闭；31337 是常见选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta noise seed delta</source>
        <translation>Eta 噪声种子偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ENSD</source>
        <translation>噪声偏移(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per step (diffusers)</source>
        <translation>每步（diffusers）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh draw of the image&apos;s random numbers at every step, as diffusers</source>
        <translation>每一步重新抽取图像的随机数，与 diffusers 相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brownian tree (AUTOMATIC1111)</source>
        <translation>布朗树（AUTOMATIC1111）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTOMATIC1111&apos;s: each image&apos;s steps share one Brownian motion drawn from its seed, the same whatever the batch size (SDE noise: brownian)</source>
        <translation>与 AUTOMATIC1111 相同：每张图像的各步共享一条由其种子生成的布朗运动，与批量大小无关（SDE noise: brownian）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the DPM++ SDE samplers take the noise they add at every step. An image opened from AUTOMATIC1111 with such a sampler sets the Brownian tree.</source>
        <translation>DPM++ SDE 采样器每一步所加噪声的来源。打开由 AUTOMATIC1111 用此类采样器生成的图像时会选用布朗树。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>SDE noise</source>
        <translation>SDE 噪声</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip skip, counted as AUTOMATIC1111 does: 1 uses the text encoder&apos;s last layer, 2 the one before (what many anime models expect).</source>
        <translation>CLIP 跳过层，按 AUTOMATIC1111 的计数：1 使用文本编码器的最后一层，2 使用倒数第二层（许多动漫模型需要）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip skip</source>
        <translation>CLIP 跳过层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clip skip</source>
        <translation>CLIP 跳过层(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(word:1.3) multiplies the word&apos;s embedding, then the prompt is rescaled to its original mean (AUTOMATIC1111&apos;s default)</source>
        <translation>(word:1.3) 会放大该词的嵌入，然后把提示词缩放回原来的均值（AUTOMATIC1111 的默认方式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No norm</source>
        <translation>不归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights multiply without the rescale (said to suit SDXL better)</source>
        <translation>权重直接相乘，不再缩放（据说更适合 SDXL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brackets and weights are removed from the prompt but change nothing</source>
        <translation>括号和权重会从提示词中去掉，但不起作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (literal brackets)</source>
        <translation>无（括号按原文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weighting syntax: brackets, weights and BREAK are read as words</source>
        <translation>不使用权重语法：括号、权重和 BREAK 都按普通文字读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weights such as (word:1.3) do, as AUTOMATIC1111&apos;s emphasis mode. An image opened from AUTOMATIC1111 sets what it was made with.</source>
        <translation>(word:1.3) 这类权重的作用方式，对应 AUTOMATIC1111 的强调模式。从 AUTOMATIC1111 打开的图片会设置其生成时所用的模式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emphasis mode</source>
        <translation>强调模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mphasis</source>
        <translation>强调(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching (DeepCache): the whole model runs only every N-th step, and the steps between reuse its deep features. Faster, and the picture comes out slightly different from the full run. Off makes the exact picture.</source>
        <translation>步骤缓存（DeepCache）：完整模型只在每第 N 步运行，中间各步复用其深层特征。更快，但图像与完整运行略有不同。关闭则得到精确的图像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step caching interval</source>
        <translation>步骤缓存间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step caching</source>
        <translation>步骤缓存</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Variation seed: %1</source>
        <translation>变化种子：%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sampler: %1 (not available; kept %2)</source>
        <translation>采样器：%1（不可用；保留 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish at step %1 of %2, as this image was</source>
        <translation>与此图像一样，在第 %1/%2 步完成</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Face restoration: %1 (choose a GFPGAN or CodeFormer .onnx file under Face detailer to restore faces)</source>
        <translation>面部修复：%1（在“面部细化”下选择 GFPGAN 或 CodeFormer 的 .onnx 文件以修复面孔）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hires fix with an upscaler or a resize the app does not offer (set: the first pass only; an upscaler model: put its .safetensors in models/ESRGAN or pick it under Hires fix › Upscaler, then restore again; a resize: stipple-cli generate --hires-resize): %1</source>
        <translation>使用了应用不提供的放大器或尺寸的高分辨率修复（已设置：仅第一遍；放大模型：将其 .safetensors 放入 models/ESRGAN 或在“高清修复 › 放大器”下选择，然后重新恢复；尺寸：stipple-cli generate --hires-resize）：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LoRA not in your LoRA folder (%1): %2</source>
        <translation>LoRA 不在你的 LoRA 文件夹（%1）中：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypernetworks are not loaded: %1</source>
        <translation>不加载超网络：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VAE: made with the model&apos;s own VAE; %1 is chosen in Model ▸ VAE</source>
        <translation>VAE：由模型自带的 VAE 生成；当前在 模型 ▸ VAE 中选择了 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE: made with %1 (choose it in Model ▸ VAE)</source>
        <translation>VAE：由 %1 生成（在 模型 ▸ VAE 中选择）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose another model: the library lists your recent models first, then every checkpoint, LoRA, embedding and VAE in your model folders (type to filter).</source>
        <translation>点击选择其他模型：模型库先列出最近使用的模型，再列出模型文件夹中的每个检查点、LoRA、嵌入和 VAE（输入文字筛选）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no model — choose one…)</source>
        <translation>（无模型 — 请选择…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stipple Shapes (built-in)</source>
        <translation>Stipple Shapes（内置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stipple&apos;s own small model: coloured shapes on plain backgrounds, fast on any CPU — the classroom demo.</source>
        <translation>Stipple 自带的小模型：纯色背景上的彩色图形，在任何 CPU 上都很快——课堂演示专用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prompt length in tokens, and the length of the %1-token chunks it fills, as AUTOMATIC1111 counts. A longer prompt adds a chunk; nothing is cut off.</source>
        <translation>提示词长度（词元数），以及它所填满的 %1 词元块的总长度，按 AUTOMATIC1111 的方式计数。更长的提示词会增加一块；不会截断。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length in tokens, and how many the model&apos;s text encoder reads. Words past that are ignored; a note under the prompt shows which.</source>
        <translation>提示词的词元数，以及模型文本编码器能读取的数量。超出部分会被忽略；提示词下方的说明会指出是哪些。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This model does not know: %1. It draws only what its vocabulary names (see Examples).</source>
        <translation>此模型不认识：%1。它只会画词汇表中的内容（见“示例”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the model&apos;s %1-token limit, ignored: “%2”</source>
        <translation>超出模型 %1 个词元的上限，已忽略：“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chunk %1 (BREAK) starts at: “%2”</source>
        <translation>第 %1 块（BREAK）起始于：“%2”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chunk %1 starts at: “%2”</source>
        <translation>第 %1 块起始于：“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… %1 chunks in all</source>
        <translation>… 共 %1 块</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Describe the shapes, e.g. &quot;%1&quot;</source>
        <translation>描述形状，例如“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aborting…</source>
        <translation>正在中止…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue: empty</source>
        <translation>队列：空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue: %1 waiting</source>
        <translation>队列：%1 个等待中</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>guidance %L1</source>
        <translation>引导系数 %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location line="-638"/>
        <source>Model library…</source>
        <translation>模型库…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PipelineStrip</name>
    <message>
        <location filename="../ui/pipeline_strip.cpp" line="+35"/>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>文本编码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNet loop</source>
        <translation>UNet 循环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your words</source>
        <translation>你的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words → numbers</source>
        <translation>文字 → 数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 token</source>
        <translation>1 个词元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers → meaning</source>
        <translation>数字 → 含义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× N steps</source>
        <translation>× N 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× 1 step</source>
        <translation>× 1 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>× %1 steps</source>
        <translation>× %1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latent → pixels</source>
        <translation>潜变量 → 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding the prompt</source>
        <translation>正在编码提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoising, step %1 of %2</source>
        <translation>去噪中，第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denoising</source>
        <translation>去噪中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding with the VAE</source>
        <translation>正在用 VAE 解码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PngImporter</name>
    <message>
        <location filename="../ui/png_import.cpp" line="+356"/>
        <source>1 image imported.</source>
        <translation>已导入 1 张图像。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 images imported.</source>
        <translation>已导入 %1 张图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was already in the history.</source>
        <translation>1 张已在历史记录中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were already in the history.</source>
        <translation>%1 张已在历史记录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had no parameters Stipple can read (imported as images only).</source>
        <translation>%1 张没有 Stipple 能读取的参数（仅作为图像导入）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>已取消：尚未读取的文件未导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not store some images: %1</source>
        <translation>历史记录无法保存部分图像：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file could not be read:</source>
        <translation>有 1 个文件无法读取：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be read:</source>
        <translation>有 %1 个文件无法读取：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more</source>
        <translation>  … 另有 %1 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder of PNG images</source>
        <translation>导入 PNG 图像文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading images…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Import PNG folder</source>
        <translation>导入 PNG 文件夹</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2 images…</source>
        <translation>正在导入图像：%1/%2…</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PresenterWindow</name>
    <message>
        <location filename="../ui/presenter_window.cpp" line="+49"/>
        <source>Stipple — Presenter view</source>
        <translation>Stipple — 演示视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the presenter view</source>
        <translation>退出演示视图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tep</source>
        <translation>步骤(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step scrubber</source>
        <translation>步骤滑块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the picture at every step of the run, from noise to the result.</source>
        <translation>拖动以查看运行中每一步的图片，从噪声到结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the seed above is used again. Off: every Generate draws a new one.</source>
        <translation>开启：重复使用上面的种子。关闭：每次生成都抽取新种子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance scale</source>
        <translation>引导系数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Seed</source>
        <translation>种子(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;eps</source>
        <translation>步数(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance</source>
        <translation>引导系数(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide the result until the end</source>
        <translation>结束前隐藏结果(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first: the picture stays blank while the run goes and appears when it ends; then the scrubber shows every step.</source>
        <translation>先预测：运行期间图片保持空白，结束时才出现；之后可用滑块查看每一步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ge&amp;nerate</source>
        <translation>生成(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted — nothing saved</source>
        <translation>已中止——未保存任何内容</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predict first: what will the picture show?

It appears when the run ends.</source>
        <translation>先预测：图片会显示什么？

运行结束时才会出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture appears here.

Write a prompt and press Generate.</source>
        <translation>图片将显示在这里。

写下提示词，然后点击“生成”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Step %1 of %2 · hidden</source>
        <translation>第 %1 步，共 %2 步 · 已隐藏</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Hidden until the end</source>
        <translation>结束前隐藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.cpp" line="+14"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview caption</source>
        <translation>预览说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denoised estimate (x₀)</source>
        <translation>去噪估计 (x₀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noisy latent (xₜ)</source>
        <translation>含噪潜变量 (xₜ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview shows</source>
        <translation>预览内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the live preview shows: the model&apos;s current guess of the finished image (x₀), or the noisy latent the sampler is actually working on (xₜ).</source>
        <translation>实时预览显示的内容：模型对最终图像的当前估计 (x₀)，或采样器实际处理的含噪潜变量 (xₜ)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Fast preview (latent → RGB)</source>
        <translation>快速预览（潜变量 → RGB）</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>TAESD preview</source>
        <translation>TAESD 预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview decoder</source>
        <translation>预览解码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How previews are decoded: a nearly free linear approximation, or TAESD, a tiny decoder that looks much closer to the final image (needs TAESD weights beside the model).</source>
        <translation>预览的解码方式：几乎零开销的线性近似，或 TAESD——一个很小的解码器，效果更接近最终图像（需要把 TAESD 权重放在模型旁边）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full VAE: off</source>
        <translation>完整 VAE：关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> 步用完整 VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full VAE preview every N steps</source>
        <translation>每 N 步用完整 VAE 预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode the preview with the real VAE every N steps: exact colours and detail, but slow on large models. 0 turns it off.</source>
        <translation>每 N 步用真正的 VAE 解码预览：颜色和细节准确，但在大模型上较慢。0 表示关闭。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview image</source>
        <translation>预览图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your image appears here.

Write a prompt and press Generate (Ctrl+Enter).</source>
        <translation>你的图像将显示在这里。

写下提示词，然后点击“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step timeline</source>
        <translation>步骤时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step timeline: drag to see the preview of every step of the current image.</source>
        <translation>步骤时间轴：拖动即可查看当前图像每一步的预览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;imeline</source>
        <translation>时间轴(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown step</source>
        <translation>当前显示的步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+139"/>
        <source>▶ Replay</source>
        <translation>▶ 回放</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Replay every step slowly, from noise to the result: for a class, where twenty steps go by in a blink.</source>
        <translation>从噪声到结果慢速回放每一步：用于课堂，二十步转眼即逝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the steps</source>
        <translation>回放各步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SNR</source>
        <translation>信噪比曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the noise schedule</source>
        <translation>显示噪声计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the model&apos;s noise schedule (ᾱ and SNR) under the timeline, with a tick where each step of the run sits.</source>
        <translation>在时间轴下方显示或隐藏模型的噪声计划（ᾱ 与 SNR），并在本次运行每一步所在处加刻度。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation progress</source>
        <translation>生成进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step timing</source>
        <translation>每步用时</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fast preview (full VAE)</source>
        <translation>快速预览（完整 VAE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model&apos;s VAE decodes in a few milliseconds, so every step is previewed with it: exactly the result&apos;s colours.</source>
        <translation>此模型的 VAE 解码只需几毫秒，因此每一步都用它预览：颜色与结果完全一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This model has no TAESD weights (taesd_decoder.safetensors).</source>
        <translation>此模型没有 TAESD 权重（taesd_decoder.safetensors）。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting… (encoding the prompt)</source>
        <translation>正在开始…（编码提示词）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s/step · %2 elapsed · ETA %3</source>
        <translation>%1 秒/步 · 已用 %2 · 剩余 %3</translation>
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
        <translation>第 %1/%2 步 · %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Starting… (loading the upscaler)</source>
        <translation>正在开始…（加载放大器）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tile %1/%2</source>
        <translation>图块 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s/tile · %2 elapsed · ETA %3</source>
        <translation>%1 秒/图块 · 已用 %2 · 剩余 %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done in %1</source>
        <translation>用时 %1 完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>正在中止…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting — nothing will be saved</source>
        <translation>正在中止——不会保存任何内容</translation>
    </message>
</context>
<context>
    <name>stipple::ui::PromptTokensWindow</name>
    <message>
        <location filename="../ui/prompt_tokens_window.cpp" line="+17"/>
        <source>%1 · %2/%3 tokens in 1 chunk</source>
        <translation>%1 · %2/%3 个词元，共 1 块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2/%3 tokens in %4 chunks</source>
        <translation>%1 · %2/%3 个词元，共 %4 块</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Prompt as tokens</source>
        <translation>提示词的词元</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+35"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Each chip is one token the text encoder reads (hover for its id). Orange: emphasised with (word) or (word:1.5), the number under it is the weight; blue: weakened with [word]; purple: an embedding&apos;s vectors. The encoder reads the prompt in chunks of a fixed length; BREAK starts a new one.</source>
        <translation>每个词元块是文本编码器读取的一个词元（悬停可查看编号）。橙色：用 (词) 或 (词:1.5) 加强，下方数字是权重；蓝色：用 [词] 减弱；紫色：嵌入的向量。编码器按固定长度分块读取提示词；BREAK 开始新的一块。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::ReguideTask</name>
    <message>
        <location filename="../ui/guidance_task.cpp" line="+34"/>
        <source>Guidance view: re-guiding at %1</source>
        <translation>引导视图：以 %1 重新引导</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedEdit</name>
    <message>
        <location filename="../ui/seed_edit.cpp" line="+41"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a seed (a whole number from 0 to 18446744073709551615).</source>
        <translation>请输入种子（0 到 18446744073709551615 之间的整数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A seed has digits only (0-9).</source>
        <translation>种子只能包含数字（0-9）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed is too large: the largest seed is 18446744073709551615 (2^64 - 1).</source>
        <translation>种子太大：最大的种子是 18446744073709551615（2^64 − 1）。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SeedTriageDialog</name>
    <message>
        <location filename="../ui/seed_triage_dialog.cpp" line="+44"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed triage</source>
        <translation>种子筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of seeds</source>
        <translation>种子数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many seeds to try (each keeps its paused run in memory until the dialog closes).</source>
        <translation>要尝试多少个种子（每个种子暂停的运行会一直保存在内存中，直到关闭对话框）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which seeds</source>
        <translation>哪些种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the current seed upward</source>
        <translation>从当前种子起递增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at this share of the steps</source>
        <translation>在此步数比例处预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> % of the steps</source>
        <translation> % 的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far each seed is rendered for its preview. The picked ones continue from there.</source>
        <translation>每个种子为预览渲染到哪一步。选中的种子从那里继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode previews with the full VAE (slower, truer)</source>
        <translation>用完整 VAE 解码预览（更慢，更准确）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds:</source>
        <translation>种子数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at:</source>
        <translation>预览位置：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render previews</source>
        <translation>渲染预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renders every seed to the chosen share of the steps with the main window&apos;s parameters.</source>
        <translation>用主窗口的参数把每个种子渲染到所选的步数比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chosen</source>
        <translation>继续所选种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishes the chosen seeds from where their previews stopped: the same images as full generations, saved and added to the gallery.</source>
        <translation>从预览停下的地方完成所选种子：与完整生成的图像完全相同，并会保存、加入图库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Render previews, then click the promising ones and continue them.</source>
        <translation>先渲染预览，然后点选有希望的种子并继续。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed previews</source>
        <translation>种子预览</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No model loaded: open a model first.</source>
        <translation>未加载模型：请先打开一个模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot render: %1</source>
        <translation>无法渲染：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no parameters</source>
        <translation>没有参数</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 steps · %3 · CFG %4 · %5×%6</source>
        <translation>“%1” · %2 步 · %3 · CFG %4 · %5×%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s sampler</source>
        <translation>模型自带的采样器</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering previews…</source>
        <translation>正在渲染预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the running job to finish…</source>
        <translation>正在等待当前任务完成…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishing 1 seed…</source>
        <translation>正在完成 1 个种子…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finishing %1 seeds…</source>
        <translation>正在完成 %1 个种子…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aborting…</source>
        <translation>正在中止…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 chosen</source>
        <translation>已选 1 个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 chosen</source>
        <translation>已选 %1 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finishing seed %1 · step %2 of %3</source>
        <translation>正在完成种子 %1 · 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed %1 of %2 · step %3 of %4</source>
        <translation>第 %1 个种子，共 %2 个 · 第 %3 步，共 %4 步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed %1 of %2 previewed</source>
        <translation>已预览第 %1 个种子，共 %2 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved seed %1</source>
        <translation>已保存种子 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 saved; continue again to finish the rest.</source>
        <translation>已中止：已保存 %1 个；再次继续即可完成其余的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 saved in the output folder and added to the gallery.</source>
        <translation>完成：已在输出文件夹中保存 %1 个并加入图库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 previews rendered.</source>
        <translation>已中止：已渲染 %1/%2 个预览。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the promising ones, then Continue the chosen.</source>
        <translation>点选有希望的种子，然后点击“继续所选种子”。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: Pictures/Stipple</source>
        <translation>默认：图片/Stipple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every result is saved, in one folder per day (YYYY-MM-DD).</source>
        <translation>每个结果的保存位置，每天一个文件夹（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder</source>
        <translation>输出文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for generation. Automatic uses one per physical core.</source>
        <translation>生成所用的 CPU 线程数。“自动”表示每个物理核心一个线程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads</source>
        <translation>CPU 线程数(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (bfloat16 for large models where it is faster)</source>
        <translation>自动（大模型在 bfloat16 更快时使用 bfloat16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (exact, more memory)</source>
        <translation>float32（精确，占用更多内存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the memory)</source>
        <translation>bfloat16（内存减半）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the model weights. Applies the next time a model is loaded.</source>
        <translation>模型权重的精度。下次加载模型时生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of Stipple&apos;s windows. Applies the next time Stipple starts.</source>
        <translation>Stipple 窗口的语言。下次启动 Stipple 时生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU (as diffusers and ComfyUI)</source>
        <translation>处理器（与 diffusers 和 ComfyUI 相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (as AUTOMATIC1111 on NVIDIA)</source>
        <translation>显卡（与 NVIDIA 上的 AUTOMATIC1111 相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the starting noise of a seed comes from. The same seed gives a different image with each: CPU matches diffusers and ComfyUI, GPU matches AUTOMATIC1111&apos;s default (computed here on the CPU, written as &quot;RNG: NV&quot;). An opened image uses its own.</source>
        <translation>种子的初始噪声从何而来。同一种子在不同来源下生成不同的图像：处理器与 diffusers 和 ComfyUI 一致，显卡与 AUTOMATIC1111 的默认值一致（在此用处理器计算，记为“RNG: NV”）。打开的图像使用其自身的来源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random numbers</source>
        <translation>随机数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random numbers</source>
        <translation>随机数(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTOMATIC1111: (word:1.2), BREAK, any length</source>
        <translation>AUTOMATIC1111：(词:1.2)、BREAK、任意长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusers: text as written, cut at the limit</source>
        <translation>Diffusers：按原文，超出上限处截断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a prompt becomes what the model reads. AUTOMATIC1111&apos;s syntax weights words and reads long prompts in chunks; Diffusers passes the text as it is and ignores what is past the text encoder&apos;s limit.</source>
        <translation>提示词如何变成模型读取的内容。AUTOMATIC1111 语法为词加权，并分块读取长提示词；Diffusers 按原文传递，并忽略超出文本编码器上限的部分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt syntax</source>
        <translation>提示词语法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt s&amp;yntax</source>
        <translation>提示词语法(&amp;Y)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model &amp;folders</source>
        <translation>模型文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Model folders</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a models folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Folders the model library scans besides %1, e.g. AUTOMATIC1111&apos;s models folder (its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).</source>
        <translation>除 %1 之外模型库还会扫描的文件夹，例如 AUTOMATIC1111 的 models 文件夹（其中的 Stable-diffusion、Lora、embeddings 和 VAE 子文件夹都会读取）。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SnrPlot</name>
    <message>
        <location filename="../ui/snr_plot.cpp" line="+49"/>
        <source>Noise schedule: ᾱ and SNR over t</source>
        <translation>噪声计划：ᾱ 与 SNR 随 t 变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s noise schedule. Blue: the signal-to-noise ratio SNR = ᾱ/(1−ᾱ), log scale (left). Orange: ᾱ, the share of the image left at step t (right). Where SNR falls below 1, noise outweighs the image.</source>
        <translation>模型的噪声计划。蓝色：信噪比 SNR = ᾱ/(1−ᾱ)，对数刻度（左轴）。橙色：ᾱ，即第 t 步时图像剩余的比例（右轴）。SNR 低于 1 的地方，噪声压过图像。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Load a model to see its noise schedule.</source>
        <translation>加载模型即可查看其噪声计划。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR (log scale)</source>
        <translation>SNR（对数刻度）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ᾱ (image left)</source>
        <translation>ᾱ（剩余图像）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SNR(%1) = 0</source>
        <translation>SNR(%1) = 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SNR = 1 at t = %1</source>
        <translation>t = %1 时 SNR = 1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>t = %1 · ᾱ = %2 · SNR = %3</source>
        <translation>t = %1 · ᾱ = %2 · SNR = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noise schedule of the model (T = %1)</source>
        <translation>模型的噪声计划（T = %1）</translation>
    </message>
</context>
<context>
    <name>stipple::ui::SweepDialog</name>
    <message>
        <location filename="../ui/sweep_dialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>X axis</source>
        <translation>X 轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis</source>
        <translation>Y 轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X axis values</source>
        <translation>X 轴取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y axis values</source>
        <translation>Y 轴取值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;model…</source>
        <translation>添加模型(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model to the Model axis: a recent one, a .safetensors file or a diffusers folder. The sweep loads the models one at a time and puts yours back afterwards.</source>
        <translation>向“模型”轴添加模型：最近使用的模型、.safetensors 文件或 diffusers 文件夹。扫描会逐个加载模型，结束后重新加载你的模型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X &amp;values:</source>
        <translation>X 取值(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Y axis:</source>
        <translation>Y 轴(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y va&amp;lues:</source>
        <translation>Y 取值(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve grid…</source>
        <translation>保存网格(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use cell&apos;s parameters</source>
        <translation>使用该格的参数(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open cell</source>
        <translation>打开该格(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected cell&apos;s prompt, seed and settings into the main window.</source>
        <translation>把所选格子的提示词、种子和设置填入主窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sweep grid</source>
        <translation>扫描网格</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading model %1 of %2: %3…</source>
        <translation>正在加载第 %1 个模型（共 %2 个）：%3…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sweep failed: %1</source>
        <translation>参数扫描失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted: %1 of %2 cells done.</source>
        <translation>已中止：完成 %1/%2 格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 cells. Click a cell to select it, double-click to open it.</source>
        <translation>完成：%1 格。单击选中格子，双击打开。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 × %2 = %3 cells, %4 steps in all.</source>
        <translation>%1 × %2 = %3 格，共 %4 步。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Model &amp;file…</source>
        <translation>模型文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a model file</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>检查点 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model f&amp;older…</source>
        <translation>模型文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a diffusers model folder</source>
        <translation>添加 diffusers 模型文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the X values: a list or a range.</source>
        <translation>请给出 X 取值：列表或范围。</translation>
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
        <translation>请先打开模型。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendering %1 cells…</source>
        <translation>正在生成 %1 格…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Sweep cell %1</source>
        <translation>扫描格 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use these parameters</source>
        <translation>使用这些参数(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No finished cells to save.</source>
        <translation>没有可保存的已完成格子。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save sweep grid</source>
        <translation>保存扫描网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TokenChipsView</name>
    <message>
        <location filename="../ui/token_chips.cpp" line="+87"/>
        <source>Chunk %1 · %2 of %3 tokens</source>
        <translation>第 %1 块 · %2/%3 个词元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>begins at BREAK</source>
        <translation>从 BREAK 开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the words after its last comma moved on</source>
        <translation>最后一个逗号之后的词已移到下一块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest is padding</source>
        <translation>其余为填充</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>chunk %1, position %2</source>
        <translation>第 %1 块，第 %2 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding “%1”: vector %2 of %3 · weight %4 · %5</source>
        <translation>嵌入“%1”：第 %2 个向量，共 %3 个 · 权重 %4 · %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” · id %2 · weight %3 · %4</source>
        <translation>“%1” · 编号 %2 · 权重 %3 · %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and 1 more token, not shown</source>
        <translation>… 另有 1 个词元未显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more tokens, not shown</source>
        <translation>… 另有 %1 个词元未显示</translation>
    </message>
</context>
<context>
    <name>stipple::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train_dialog.cpp" line="+54"/>
        <source>Train a tiny model</source>
        <translation>训练一个微型模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each run makes a new model folder in here.</source>
        <translation>每次运行都会在这里新建一个模型文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>Save tiny models in</source>
        <translation>微型模型保存位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model to train</source>
        <translation>要训练的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: 6 colours, 3 shapes, 32×32 pixels (about 10 minutes)</source>
        <translation>课堂：6 种颜色、3 种形状、32×32 像素（约 10 分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small model of the built-in kind, trained from scratch on pictures Stipple draws: first its tokenizer and text encoder, then its VAE, then the denoising UNet.</source>
        <translation>与内置模型同类的小模型，用 Stipple 绘制的图片从零训练：先训练分词器和文本编码器，再训练 VAE，最后训练去噪 UNet。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops after the current step; the model exported last stays usable.</source>
        <translation>在当前步之后停止；最后导出的模型仍可使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open as model</source>
        <translation>作为模型打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads the trained model in the main window, to generate with it.</source>
        <translation>在主窗口中加载训练好的模型，用它来生成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start trains a new model from scratch. The loss and sample pictures appear as it learns.</source>
        <translation>“开始”会从零训练一个新模型。学习过程中会显示损失和示例图片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text encoder</source>
        <translation>文本编码器</translation>
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
        <translation>扩散</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample pictures</source>
        <translation>示例图片</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Samples (the same prompts and seed as it trains)</source>
        <translation>示例（训练过程中使用相同的提示词和种子）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot make the folder &apos;%1&apos;: choose another one.</source>
        <translation>无法创建文件夹“%1”：请另选一个。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The app is shutting down.</source>
        <translation>应用正在关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the running job to finish…</source>
        <translation>正在等待当前任务完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: making the tokenizer…</source>
        <translation>正在开始：生成分词器…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current step…</source>
        <translation>将在当前步之后停止…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening %1 in the main window.</source>
        <translation>正在主窗口中打开 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the dialog was closed.</source>
        <translation>已停止：对话框已关闭。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoder</source>
        <translation>文本编码器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the tokenizer from generated captions…</source>
        <translation>正在根据生成的图片说明构建分词器…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 step %2/%3 · loss %4 · %5 elapsed · about %6 left</source>
        <translation>%1 第 %2/%3 步 · 损失 %4 · 已用 %5 · 约剩 %6</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered in %1 s with %2 sampler steps</source>
        <translation>用时 %1 秒，采样 %2 步渲染</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1 diffusion steps in %2 (samples took %3 s). The model is in %4.</source>
        <translation>完成：%2 内训练了 %1 个扩散步（示例用时 %3 秒）。模型位于 %4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped at diffusion step %1. The model exported last is in %2.</source>
        <translation>已在第 %1 个扩散步停止。最后导出的模型位于 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first model was exported: there is nothing to open yet.</source>
        <translation>在导出第一个模型之前已停止：目前还没有可打开的内容。</translation>
    </message>
</context>
<context>
    <name>stipple::ui::UpscaleDialog</name>
    <message>
        <location filename="../ui/upscale_dialog.cpp" line="+30"/>
        <source>Upscale %1</source>
        <translation>放大 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaler</source>
        <translation>放大器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanczos and Nearest resample the pixels. ESRGAN and Real-ESRGAN models (.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail.</source>
        <translation>Lanczos 和 Nearest 对像素重新采样。ESRGAN 和 Real-ESRGAN 模型（位于 models/ESRGAN、models/RealESRGAN 或 models/upscale_models 中的 .safetensors）会绘制新的细节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upscale by</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each side is multiplied by this, then rounded down to a multiple of 8 (as AUTOMATIC1111 does).</source>
        <translation>每条边乘以该倍数，再向下取整到 8 的倍数（与 AUTOMATIC1111 相同）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upscaler:</source>
        <translation>放大器(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale:</source>
        <translation>倍数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upscale</source>
        <translation>放大(&amp;U)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking for upscaler models in the library folders…</source>
        <translation>正在模型库文件夹中查找放大模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upscaler models found. Put ESRGAN or Real-ESRGAN .safetensors files in models/ESRGAN to use them here.</source>
        <translation>未找到放大模型。把 ESRGAN 或 Real-ESRGAN 的 .safetensors 文件放入 models/ESRGAN 即可在此使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: refused, %2</source>
        <translation>%1：已拒绝，%2</translation>
    </message>
</context>
</TS>
