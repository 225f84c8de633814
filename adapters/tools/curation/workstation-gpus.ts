// Workstation cards teams say they own ("we bought a workstation with 2x RTX A6000", "a server with
// 2x RTX 6000 Ada"), curated here because the upstream reference data holds data-centre GPUs and
// one consumer card. Their figures are NVIDIA's published specifications, read on secondary pages
// that reproduce NVIDIA's spec table (NVIDIA's own product pages, named in each note, were not
// reachable from here), so every row is unverified and answers say so. No rental price is kept:
// they are priced only as the team's own cards (costs/owned-gpus.ts).
import type { Gpu } from "../../../src/catalog/selfhost-schema.js";

const READ = "not stated on page (read 2026-12-06)";

export const WORKSTATION_GPUS: Gpu[] = [
  {
    key: "RTXA6000-48GB",
    name: "NVIDIA RTX A6000",
    vendor: "NVIDIA",
    // 48 GB GDDR6 with ECC, 384-bit, 768 GB/s (NVIDIA's table as ServeTheHome reproduced it at launch;
    // NVIDIA's page: https://www.nvidia.com/en-us/design-visualization/rtx-a6000/).
    memoryGb: 48,
    bandwidthTbS: 0.768,
    // Ampere: no FP8 tensor cores.
    fp8Supported: false,
    // 154.8 dense FP16/BF16 tensor TFLOPS (309.7 with sparsity, NVIDIA's datasheet figure halved).
    bf16DenseTflops: 154.8,
    fp8DenseTflops: null,
    sources: [
      { source: "https://servethehome.com/nvidia-rtx-a6000-48gb-gpu-drops-quadro-designation", date: "2020-10-05" },
      { source: "https://llmperf.net/categories/gpu/Nvidia-A6000-GPUs", date: READ },
    ],
    verified: false,
  },
  {
    key: "RTX6000ADA-48GB",
    name: "NVIDIA RTX 6000 Ada Generation",
    vendor: "NVIDIA",
    // 48 GB GDDR6 with ECC, 384-bit, 960 GB/s (NVIDIA's product-page figures as grafikkarten.com
    // reproduced them; NVIDIA's page: https://www.nvidia.com/en-us/design-visualization/rtx-6000/).
    memoryGb: 48,
    bandwidthTbS: 0.96,
    // Ada Lovelace: fourth-generation tensor cores with FP8.
    fp8Supported: true,
    // No dense tensor figure was found on a page we could read: prefill compute is then not sized
    // (the decode estimate from memory bandwidth stands alone), rather than a guessed figure.
    bf16DenseTflops: null,
    fp8DenseTflops: null,
    sources: [
      { source: "https://www.grafikkarten.com/de/news/nvidia-rtx-6000-grafikkarte-der-ada-generation", date: READ },
    ],
    verified: false,
  },
];
