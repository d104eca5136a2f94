import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ROLE_IDS } from '@platformscope/contract'

function App() {
  return (
    <main>
      <h1>platformscope</h1>
      <p>Dashboard volgt. Rollen in het beeld: {ROLE_IDS.length}.</p>
    </main>
  )
}

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
