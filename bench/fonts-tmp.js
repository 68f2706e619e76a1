const many = ["bold 20px sans-serif","14px sans-serif","12px sans-serif","bold 12px sans-serif","bold 34px sans-serif","15px sans-serif","13px sans-serif","bold 22px sans-serif","11.5px sans-serif","bold 12.5px sans-serif","13.5px sans-serif","12.5px sans-serif","bold 13.5px sans-serif","bold 11.5px sans-serif"];
const few = ["bold 20px sans-serif","14px sans-serif","12px sans-serif","bold 12px sans-serif","bold 34px sans-serif","13px sans-serif"];
const mode = new URLSearchParams(location.search).get('fonts');
const fonts = mode === 'few' ? few : many;
const words = 'Share of AI patents granted in 2023 by granting patent office China United States Europe India Rest of world Counts one year grants office first grant not all patents held inventors nationality Japan South Korea are inside source warns standards differ between countries Projected economic gains ASEAN economies could see nearly trillion additional GDP over the next decade conditional projection not forecast Initiative timeline WAICO proposed headquarters tentatively Shanghai promoted APEC November statutory changes'.split(' ');
const c = document.createElement('canvas'); c.width = 1280; c.height = 1600; document.body.append(c);
const ctx = c.getContext('2d');
const t0 = performance.now();
let i = 0;
for (const w of words) for (let k = 0; k < 2; k++) { ctx.font = fonts[(i++) % fonts.length]; ctx.measureText(w); }
const t1 = performance.now();
i = 0;
for (let y = 0; y < 80; y++) { ctx.font = fonts[(i++) % fonts.length]; ctx.fillText(words.slice(y % 50, y % 50 + 6).join(' '), 10, 20 + y * 18); }
ctx.getImageData(0, 0, 1, 1);
const t2 = performance.now();
window.result = { measure: t1 - t0, fill: t2 - t1 };
