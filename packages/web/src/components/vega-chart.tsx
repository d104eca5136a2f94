import { useEffect, useRef } from 'react'
import embed from 'vega-embed'
import { expressionInterpreter } from 'vega-interpreter'
import type { VegaLiteSpec } from '@platformscope/contract'

/**
 * Renders a contract chart spec (the same one the PDF report uses). The AST interpreter and the canvas renderer
 * keep it within a CSP without 'unsafe-eval' or 'unsafe-inline'.
 */
export function VegaChart({ spec, label }: { spec: VegaLiteSpec; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    let finalize: (() => void) | undefined
    embed(el, spec as Parameters<typeof embed>[1], {
      actions: false,
      renderer: 'canvas',
      ast: true,
      expr: expressionInterpreter,
      defaultStyle: false,
      // vega-tooltip injects a <style> element, which the CSP (no 'unsafe-inline') refuses
      tooltip: false,
    }).then(
      (result) => {
        finalize = () => result.finalize()
      },
      () => undefined,
    )
    return () => finalize?.()
  }, [spec])
  return <div className="chart" role="img" aria-label={label} ref={ref} />
}
