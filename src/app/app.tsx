// Placeholder shell; the lead replaces it with the real app.
export function App() {
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-bold">政府信息公开年度报告</h1>
    </main>
  );
}
