// The upload page: posts the files to the portal's endpoints and draws the report's tables from its schema, each cell
// with a finding highlighted and its message beside it; then the prose findings and, given last year's report, the changes.
"use strict";

const words = {
  zh: { title: "政府信息公开工作年度报告校验", switch: "English", report: "本年度报告（.json、.txt、.html、.docx）", previous: "上一年度报告（可选）",
        check: "校验", checking: "正在校验……", valid: "没有错误", invalid: "有错误", counts: (e, w, i) => `${e} 个错误、${w} 个警告、${i} 条提示`,
        tables: "表格", prose: "文字部分的发现", changes: "与上一年度相比的变化", cell: "单元格", before: "上年", after: "本年", none: "无",
        refused: "无法读取这份上传" },
  en: { title: "Annual disclosure report check", switch: "中文", report: "This year's report (.json, .txt, .html, .docx)", previous: "Last year's report (optional)",
        check: "Check", checking: "Checking…", valid: "No errors", invalid: "Has errors", counts: (e, w, i) => `${e} errors, ${w} warnings, ${i} infos`,
        tables: "Tables", prose: "Findings in the prose", changes: "Changes from last year", cell: "Cell", before: "Last year", after: "This year", none: "None",
        refused: "This upload cannot be read" },
};

let language = "zh";
let schema = null;
const $ = id => document.getElementById(id);

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function translate() {
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-text]").forEach(node => { node.textContent = words[language][node.dataset.text]; });
  document.title = words[language].title;
}

function resolve(node) {
  if (node && node.$ref) {
    const target = schema.$defs[node.$ref.split("/").pop()];
    return Object.assign({}, target, { title: node.title || target.title, description: node.description || target.description });
  }
  return node || {};
}

function labelOf(node) {
  return language === "zh" ? (node.title || node.description || "") : (node.description || node.title || "");
}

function escapePointer(name) { return name.replace(/~/g, "~0").replace(/\//g, "~1"); }

// Every object holding numbers is a row; its numbers are the cells, labelled from the schema.
function rowsOf(value, node, pointer, labels, rows) {
  const numbers = Object.keys(value).filter(key => typeof value[key] === "number");
  const properties = node.properties || {};
  if (numbers.length > 0) {
    rows.push({ pointer, labels, cells: numbers.map(key => ({ pointer: `${pointer}/${escapePointer(key)}`, label: labelOf(resolve(properties[key])), value: value[key] })) });
  }
  Object.keys(value).filter(key => value[key] && typeof value[key] === "object" && !Array.isArray(value[key])).forEach(key => {
    const child = resolve(properties[key]);
    rowsOf(value[key], child, `${pointer}/${escapePointer(key)}`, labels.concat(labelOf(child)), rows);
  });
  return rows;
}

function messageItem(finding) {
  return element("li", { class: finding.severity, "data-rule": finding.ruleId, "data-path": finding.path },
    element("span", { class: "rule" }, finding.ruleId), finding.message);
}

function renderTables(report, findings) {
  const byPointer = new Map();
  findings.forEach(f => byPointer.set(f.path, (byPointer.get(f.path) || []).concat(f)));
  const placed = new Set();
  const section = $("tables");
  section.replaceChildren(element("h2", {}, words[language].tables));
  Object.keys(schema.properties).filter(key => report[key] && typeof report[key] === "object").forEach(key => {
    const node = resolve(schema.properties[key]);
    rowsOf(report[key], node, `/${escapePointer(key)}`, [labelOf(node)], []).forEach(row => {
      const messages = [];
      const cells = row.cells.map(cell => {
        const own = byPointer.get(cell.pointer) || [];
        own.forEach(f => { placed.add(f); messages.push(f); });
        const severity = own.some(f => f.severity === "error") ? "error" : own.some(f => f.severity === "warning") ? "warning" : "";
        const attributes = { class: `cell ${severity}`.trim(), "data-pointer": cell.pointer };
        if (own.length > 0) attributes.title = own.map(f => f.message).join("\n");
        return element("div", attributes, element("span", { class: "label" }, cell.label), element("span", { class: "value" }, cell.value));
      });
      const block = element("div", { class: "row", "data-pointer": row.pointer }, element("h3", {}, row.labels.filter(Boolean).join(" › ")), element("div", { class: "cells" }, cells));
      if (messages.length > 0) block.append(element("ul", { class: "messages" }, messages.map(messageItem)));
      section.append(block);
    });
  });
  return placed;
}

function renderSummary(result) {
  const valid = result.findings.every(f => f.severity !== "error");
  const errors = result.findings.filter(f => f.severity === "error").length;
  const warnings = result.findings.filter(f => f.severity === "warning").length;
  $("summary").replaceChildren(element("h2", { id: "verdict", class: valid ? "valid" : "invalid" },
    `${valid ? words[language].valid : words[language].invalid} · ${words[language].counts(errors, warnings, result.findings.length - errors - warnings)}`));
}

function renderProse(findings) {
  $("prose").replaceChildren(element("h2", {}, words[language].prose),
    findings.length === 0 ? element("p", {}, words[language].none) : element("ul", { class: "findings" }, findings.map(messageItem)));
}

function renderChanges(diff) {
  if (!diff) { $("changes").replaceChildren(); return; }
  const rows = diff.cells.map(c => element("tr", { "data-pointer": c.path }, element("td", {}, c.label), element("td", {}, c.previous), element("td", {}, c.current)));
  $("changes").replaceChildren(element("h2", {}, `${words[language].changes} (${diff.previousYear} → ${diff.currentYear})`),
    element("table", { class: "changes" }, element("tr", {}, element("th", {}, words[language].cell), element("th", {}, words[language].before), element("th", {}, words[language].after)), rows),
    element("ul", { class: "findings" }, diff.findings.map(messageItem)));
}

async function post(path, files) {
  const form = new FormData();
  Object.entries(files).forEach(([name, file]) => form.append(name, file, file.name));
  return fetch(path, { method: "POST", body: form, headers: { "Accept-Language": language } });
}

async function check() {
  const report = $("report").files[0];
  const previous = $("previous").files[0];
  if (!report) return;
  $("status").textContent = words[language].checking;
  schema = schema || await (await fetch("portal/schema")).json();
  const files = previous ? { report, previous } : { report };
  const answer = await post("reports/validate", files);
  if (answer.status !== 200 && answer.status !== 422) {
    const problem = await answer.json();
    $("status").textContent = `${words[language].refused}: ${problem.title}`;
    ["summary", "tables", "prose", "changes"].forEach(id => $(id).replaceChildren());
    return;
  }
  const result = await answer.json();
  const read = await post("portal/report", { report });
  // Findings of last year's file (file "previous") belong to no cell of this year's tables.
  const placed = read.status === 200 ? renderTables(await read.json(), result.findings.filter(f => f.file !== "previous")) : ($("tables").replaceChildren(), new Set());
  renderSummary(result);
  renderProse(result.findings.filter(f => !placed.has(f)));
  const diff = previous ? await post("reports/diff", files) : null;
  renderChanges(diff && diff.status === 200 ? await diff.json() : null);
  $("status").textContent = "";
  document.body.dataset.checked = "true";
}

$("upload").addEventListener("submit", event => { event.preventDefault(); document.body.dataset.checked = "false"; check(); });
$("language").addEventListener("click", () => { language = language === "zh" ? "en" : "zh"; translate(); check(); });
translate();
