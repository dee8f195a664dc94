/*
 * Runs in any browser, old Internet Explorer included (ES5, no module): if the app has not started
 * a few seconds after the page loaded, it says why in Chinese instead of leaving a blank page.
 * Township offices still use Windows 7 PCs and dual-core browsers (360, QQ, 搜狗) that may open the
 * page in their IE "兼容模式"; there the app's own script never runs. An app that starts late
 * removes the message (src/main.tsx).
 */
(function () {
  var DELAY_MS = 3000;

  // What the built app needs (its targets are Chrome and Edge 109, Firefox 115, Safari 16:
  // vite.config.ts): each of these appeared in those browsers or a little before.
  function capable() {
    try {
      return (
        typeof Array.prototype.at === 'function' &&
        typeof window.structuredClone === 'function' &&
        typeof window.CSSLayerBlockRule === 'function'
      );
    } catch (e) {
      // (ES5, old IE: a catch clause needs its binding.)
      return false;
    }
  }

  function paragraph(text, style) {
    var p = document.createElement('p');
    p.appendChild(document.createTextNode(text));
    p.style.cssText = 'margin:0 0 0.75em;' + (style || '');
    return p;
  }

  function show() {
    // src/main.tsx marks the start; the app may still show nothing while it reads its storage.
    if (document.documentElement.getAttribute('data-app-started') !== null) return;
    var root = document.getElementById('root');
    if (!root || root.childNodes.length > 0) return;
    var old = !capable();
    var box = document.createElement('div');
    box.id = 'boot-check';
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'max-width:40em;margin:4em auto;padding:1.5em 2em;border:1px solid #b91c1c;border-radius:8px;' +
      'background:#fff;color:#1f2937;font:16px/1.8 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif';
    if (old) {
      box.appendChild(
        paragraph('浏览器版本过旧，无法使用本系统', 'font-size:20px;font-weight:bold;color:#b91c1c')
      );
      box.appendChild(
        paragraph(
          '请使用 Chrome 或 Edge 109 及以上版本（Windows 7 可以安装的最高版本就是 109），或 Firefox 115 及以上版本。'
        )
      );
      box.appendChild(
        paragraph('使用 360、QQ、搜狗等浏览器时，请点击地址栏右侧的图标，切换到“极速模式”后刷新页面。')
      );
    } else {
      box.appendChild(paragraph('页面没有正常启动', 'font-size:20px;font-weight:bold;color:#b91c1c'));
      box.appendChild(
        paragraph('请刷新页面（按 F5）。如果仍然如此，请把浏览器升级到最新版本，或联系单位的信息化管理人员。')
      );
    }
    box.appendChild(paragraph('已经保存在本浏览器中的报告不会因此丢失。', 'color:#4b5563;margin:0'));
    root.appendChild(box);
  }

  function later() {
    window.setTimeout(show, DELAY_MS);
  }
  if (window.addEventListener) window.addEventListener('load', later);
  else if (window.attachEvent) window.attachEvent('onload', later);
})();
